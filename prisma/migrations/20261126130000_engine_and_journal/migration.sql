-- CreateEnum
CREATE TYPE "EngineRunStatus" AS ENUM ('RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "EngineWaitKind" AS ENUM ('EVENT', 'SLEEP', 'RETRY', 'INVOKE');

-- CreateTable
CREATE TABLE "JournalEntry" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "source" TEXT NOT NULL,
    "eventId" TEXT,
    "orderId" TEXT,
    "data" JSONB NOT NULL,

    CONSTRAINT "JournalEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EngineEvent" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dispatchedAt" TIMESTAMP(3),

    CONSTRAINT "EngineEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EngineRun" (
    "id" TEXT NOT NULL,
    "functionId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "event" JSONB NOT NULL,
    "status" "EngineRunStatus" NOT NULL DEFAULT 'RUNNING',
    "output" JSONB,
    "error" JSONB,
    "attempt" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL,
    "parallel" BOOLEAN NOT NULL DEFAULT false,
    "parentRunId" TEXT,
    "parentStepId" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "EngineRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EngineStep" (
    "runId" TEXT NOT NULL,
    "stepId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "op" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "seq" INTEGER NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EngineStep_pkey" PRIMARY KEY ("runId","stepId")
);

-- CreateTable
CREATE TABLE "EngineWait" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "stepId" TEXT NOT NULL,
    "kind" "EngineWaitKind" NOT NULL,
    "name" TEXT NOT NULL,
    "eventName" TEXT,
    "expression" TEXT,
    "matchPath" TEXT,
    "matchValue" TEXT,
    "childRunId" TEXT,
    "wakeAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "resolution" TEXT,

    CONSTRAINT "EngineWait_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "JournalEntry_eventId_occurredAt_idx" ON "JournalEntry"("eventId", "occurredAt");

-- CreateIndex
CREATE INDEX "JournalEntry_orderId_occurredAt_idx" ON "JournalEntry"("orderId", "occurredAt");

-- CreateIndex
CREATE INDEX "EngineRun_status_idx" ON "EngineRun"("status");

-- CreateIndex
CREATE INDEX "EngineRun_functionId_startedAt_idx" ON "EngineRun"("functionId", "startedAt");

-- CreateIndex
CREATE UNIQUE INDEX "EngineRun_eventId_functionId_key" ON "EngineRun"("eventId", "functionId");

-- CreateIndex
CREATE INDEX "EngineWait_eventName_matchPath_matchValue_resolvedAt_idx" ON "EngineWait"("eventName", "matchPath", "matchValue", "resolvedAt");

-- CreateIndex
CREATE INDEX "EngineWait_resolvedAt_wakeAt_idx" ON "EngineWait"("resolvedAt", "wakeAt");

-- CreateIndex
CREATE INDEX "EngineWait_runId_idx" ON "EngineWait"("runId");

-- AddForeignKey
ALTER TABLE "EngineStep" ADD CONSTRAINT "EngineStep_runId_fkey" FOREIGN KEY ("runId") REFERENCES "EngineRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EngineWait" ADD CONSTRAINT "EngineWait_runId_fkey" FOREIGN KEY ("runId") REFERENCES "EngineRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

