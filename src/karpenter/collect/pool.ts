// A work queue with at most N tasks in flight, priorities, and an overall deadline: a task that has not started
// by the deadline is not started at all and resolves as skipped. Tasks may be added while others run.

export type QueueOutcome<T> = { status: 'done'; value: T } | { status: 'skipped' }

export interface QueueOptions {
  concurrency: number
  /** Epoch milliseconds after which no new task starts. */
  deadline: number
}

interface Entry<T> {
  priority: number
  order: number
  run: () => Promise<T>
  resolve: (outcome: QueueOutcome<T>) => void
}

export class WorkQueue<T> {
  private readonly waiting: Entry<T>[] = []
  private running = 0
  private order = 0
  private idleWaiters: (() => void)[] = []
  private timer: NodeJS.Timeout | undefined

  constructor(private readonly options: QueueOptions) {}

  /** Queue a task; lower priority numbers start first, equal priorities in the order added. */
  add(run: () => Promise<T>, priority = 0): Promise<QueueOutcome<T>> {
    return new Promise((resolve) => {
      const entry: Entry<T> = { priority, order: this.order++, run, resolve }
      let at = this.waiting.findIndex((e) => e.priority > priority)
      if (at === -1) at = this.waiting.length
      this.waiting.splice(at, 0, entry)
      this.pump()
    })
  }

  /** Resolves once nothing is running or waiting. */
  idle(): Promise<void> {
    if (this.running === 0 && this.waiting.length === 0) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  private pump(): void {
    if (Date.now() >= this.options.deadline) {
      for (const entry of this.waiting.splice(0)) entry.resolve({ status: 'skipped' })
    }
    while (this.running < this.options.concurrency && this.waiting.length > 0) {
      const entry = this.waiting.shift() as Entry<T>
      this.running++
      void entry
        .run()
        .then(
          (value) => entry.resolve({ status: 'done', value }),
          // Tasks handle their own failures; a throw here is a bug, reported as skipped rather than lost.
          () => entry.resolve({ status: 'skipped' })
        )
        .finally(() => {
          this.running--
          this.pump()
        })
    }
    if (this.waiting.length > 0 && this.timer === undefined) {
      // Wake at the deadline so waiting tasks resolve as skipped even if nothing finishes before then.
      this.timer = setTimeout(
        () => {
          this.timer = undefined
          this.pump()
        },
        Math.max(0, this.options.deadline - Date.now())
      )
      this.timer.unref?.()
    }
    if (this.running === 0 && this.waiting.length === 0) {
      if (this.timer) clearTimeout(this.timer)
      this.timer = undefined
      for (const resolve of this.idleWaiters.splice(0)) resolve()
    }
  }
}
