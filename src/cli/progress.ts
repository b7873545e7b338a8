import type { Task } from '../sdk/index.js';
import type { Io } from './io.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export const formatSeconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * The task's progress on stderr: on a terminal, one line redrawn in place (status and elapsed
 * time); otherwise one plain line per status change, so logs stay readable.
 */
export class Progress {
  private readonly started = Date.now();
  private status = '';
  private taskId = '';
  private timer: NodeJS.Timeout | undefined;
  private frame = 0;

  constructor(
    private readonly io: Io,
    private readonly live: boolean,
  ) {
    if (live) {
      this.timer = setInterval(() => this.draw(), 100);
      this.timer.unref();
    }
  }

  update(task: Task): void {
    if (task.status === this.status) return;
    this.status = task.status;
    this.taskId = task.task_id;
    if (this.live) this.draw();
    else this.io.err(`${task.status.padEnd(11)} ${formatSeconds(Date.now() - this.started).padStart(7)}  task ${task.task_id}\n`);
  }

  /** Stops redrawing and clears the live line. */
  stop(): void {
    clearInterval(this.timer);
    if (this.live) this.io.err('\r\x1b[2K');
  }

  private draw(): void {
    if (!this.status) return;
    this.frame = (this.frame + 1) % FRAMES.length;
    this.io.err(`\r\x1b[2K${FRAMES[this.frame]} ${this.status.padEnd(11)} ${formatSeconds(Date.now() - this.started)}  task ${this.taskId}`);
  }
}
