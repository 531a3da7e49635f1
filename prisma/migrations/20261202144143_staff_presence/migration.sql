-- CreateEnum
CREATE TYPE "StaffScreen" AS ENUM ('BOARD', 'DISPLAY');

-- CreateTable
CREATE TABLE "StaffPresence" (
    "eventId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "screen" "StaffScreen" NOT NULL,
    "since" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffPresence_pkey" PRIMARY KEY ("eventId","userId","screen")
);

-- CreateIndex
CREATE INDEX "StaffPresence_eventId_lastSeenAt_idx" ON "StaffPresence"("eventId", "lastSeenAt");

-- AddForeignKey
ALTER TABLE "StaffPresence" ADD CONSTRAINT "StaffPresence_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffPresence" ADD CONSTRAINT "StaffPresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
