-- CreateEnum
CREATE TYPE "OrderStatus" AS ENUM ('STARTED', 'QUEUED', 'MAKING', 'READY', 'PICKED_UP', 'CANCELLED', 'TIMED_OUT', 'REJECTED');

-- CreateTable
CREATE TABLE "QrWindow" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "drinksTotal" INTEGER NOT NULL,
    "drinksLeft" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QrWindow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "attendeeId" TEXT NOT NULL,
    "attendeeName" TEXT NOT NULL,
    "qrWindowId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "status" "OrderStatus" NOT NULL DEFAULT 'STARTED',
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "admittedAt" TIMESTAMP(3),
    "submitBy" TIMESTAMP(3),
    "rejectedFor" TEXT,
    "retryAfter" TIMESTAMP(3),
    "menuItemId" TEXT,
    "drinkName" TEXT,
    "drink" JSONB,
    "submittedAt" TIMESTAMP(3),
    "orderNumber" INTEGER,
    "queuedAt" TIMESTAMP(3),
    "baristaId" TEXT,
    "baristaName" TEXT,
    "claimedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "pickedUpAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "endedBy" TEXT,
    "endReason" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderCounter" (
    "eventId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "lastNumber" INTEGER NOT NULL,

    CONSTRAINT "OrderCounter_pkey" PRIMARY KEY ("eventId","day")
);

-- CreateTable
CREATE TABLE "OrderNumber" (
    "orderId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "number" INTEGER NOT NULL,

    CONSTRAINT "OrderNumber_pkey" PRIMARY KEY ("orderId")
);

-- CreateIndex
CREATE UNIQUE INDEX "QrWindow_code_key" ON "QrWindow"("code");

-- CreateIndex
CREATE UNIQUE INDEX "QrWindow_eventId_startsAt_key" ON "QrWindow"("eventId", "startsAt");

-- CreateIndex
CREATE INDEX "Order_eventId_status_queuedAt_idx" ON "Order"("eventId", "status", "queuedAt");

-- CreateIndex
CREATE INDEX "Order_attendeeId_eventId_day_idx" ON "Order"("attendeeId", "eventId", "day");

-- CreateIndex
CREATE INDEX "Order_eventId_completedAt_idx" ON "Order"("eventId", "completedAt");

-- CreateIndex
CREATE UNIQUE INDEX "OrderNumber_eventId_day_number_key" ON "OrderNumber"("eventId", "day", "number");

-- AddForeignKey
ALTER TABLE "QrWindow" ADD CONSTRAINT "QrWindow_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

