-- CreateTable
CREATE TABLE "QrRedemption" (
    "orderId" TEXT NOT NULL,
    "qrWindowId" TEXT NOT NULL,
    "attendeeId" TEXT NOT NULL,
    "redeemedAt" TIMESTAMP(3) NOT NULL,
    "returnedAt" TIMESTAMP(3),

    CONSTRAINT "QrRedemption_pkey" PRIMARY KEY ("orderId")
);

-- CreateIndex
CREATE INDEX "QrRedemption_qrWindowId_idx" ON "QrRedemption"("qrWindowId");

-- AddForeignKey
ALTER TABLE "QrRedemption" ADD CONSTRAINT "QrRedemption_qrWindowId_fkey" FOREIGN KEY ("qrWindowId") REFERENCES "QrWindow"("id") ON DELETE CASCADE ON UPDATE CASCADE;
