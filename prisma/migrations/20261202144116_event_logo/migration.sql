-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "logoDigest" TEXT;

-- CreateTable
CREATE TABLE "EventLogo" (
    "eventId" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EventLogo_pkey" PRIMARY KEY ("eventId")
);

-- AddForeignKey
ALTER TABLE "EventLogo" ADD CONSTRAINT "EventLogo_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
