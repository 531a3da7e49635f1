-- CreateTable
CREATE TABLE "OrderMetric" (
    "orderId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "facts" JSONB NOT NULL,
    "firstAt" TIMESTAMP(3) NOT NULL,
    "qrWindowId" TEXT,
    "orderNumber" INTEGER,
    "drinkName" TEXT,
    "station" TEXT,
    "baristaId" TEXT,
    "baristaName" TEXT,
    "redeemedAt" TIMESTAMP(3),
    "drinkReturnedAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "acceptedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "queuedAt" TIMESTAMP(3),
    "claimedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "pickedUpAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "outcome" TEXT NOT NULL,
    "endedBy" TEXT,
    "endReason" TEXT,
    "releases" INTEGER NOT NULL DEFAULT 0,
    "recalls" INTEGER NOT NULL DEFAULT 0,
    "waitSeconds" DOUBLE PRECISION,
    "makeSeconds" DOUBLE PRECISION,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrderMetric_pkey" PRIMARY KEY ("orderId")
);

-- CreateIndex
CREATE INDEX "OrderMetric_eventId_firstAt_idx" ON "OrderMetric"("eventId", "firstAt");
