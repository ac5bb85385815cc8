/**
 * Queues writes with an estimate of each one's payload and syncs only when the running estimate
 * would pass the budget: Excel on the web rejects requests of 5 MB, so a request is kept under about
 * 4 MB. Calculation and screen updating stay suspended for every part of the batch.
 */

/** Below Excel on the web's 5 MB limit, with room for what the estimate does not see. */
export const PAYLOAD_BUDGET_BYTES = 4_000_000;
/** What a queued action costs beyond its data: ids, object path, property name. */
const OPERATION_OVERHEAD_BYTES = 150;

export function estimateBytes(data: unknown): number {
  return OPERATION_OVERHEAD_BYTES + (data === undefined ? 0 : JSON.stringify(data).length);
}

export class WriteBatch {
  private pendingBytes = 0;
  private parts = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly sync: () => Promise<void>,
    private readonly budgetBytes = PAYLOAD_BUDGET_BYTES,
    private readonly onPartSent?: (part: number) => void,
  ) {
    this.suspend();
  }

  private suspend(): void {
    this.context.application.suspendApiCalculationUntilNextSync();
    this.context.application.suspendScreenUpdatingUntilNextSync();
  }

  /** Queues one write whose data weighs `data` (JSON), sending what is queued first if it would not fit. */
  async add(data: unknown, queue: () => void): Promise<void> {
    const bytes = estimateBytes(data);
    if (this.pendingBytes > 0 && this.pendingBytes + bytes > this.budgetBytes) await this.flush();
    queue();
    this.pendingBytes += bytes;
  }

  /** Sends what is queued; the next part is suspended again. */
  async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    await this.send();
    this.suspend();
  }

  /** Sends the last part. */
  async finish(): Promise<void> {
    await this.send();
  }

  private async send(): Promise<void> {
    this.parts++;
    this.onPartSent?.(this.parts);
    await this.sync();
    this.pendingBytes = 0;
  }
}
