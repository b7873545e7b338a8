import type { Task } from '@bananastand/sdk';
import type { Io } from './io.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export const formatSeconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The live fields of a waiting task: its place in the queue (CREATED) or its stage (IN_PROGRESS). */
type LiveTask = Task & { queue_position?: number | null; stage?: string | null };

/** "next in queue", "3rd in queue", "generating", "fetching references"; empty when the server sends neither. */
export function progressDetail(task: Task): string {
  const t = task as LiveTask;
  if (t.status === 'CREATED' && typeof t.queue_position === 'number') {
    return t.queue_position <= 1 ? 'next in queue' : `#${t.queue_position} in queue`;
  }
  if (t.status === 'IN_PROGRESS' && t.stage) return t.stage.replace(/_/g, ' ');
  return '';
}

/**
 * The task's progress on stderr: on a terminal, one line redrawn in place (status, queue position
 * or stage, elapsed time); otherwise one plain line per change, so logs stay readable.
 */
export class Progress {
  private readonly started = Date.now();
  private status = '';
  private detail = '';
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
    const detail = progressDetail(task);
    if (task.status === this.status && detail === this.detail) return;
    this.status = task.status;
    this.detail = detail;
    this.taskId = task.task_id;
    if (this.live) this.draw();
    else this.io.err(`${task.status.padEnd(11)} ${formatSeconds(Date.now() - this.started).padStart(7)}  task ${task.task_id}${detail ? `  ${detail}` : ''}\n`);
  }

  /** Stops redrawing and clears the live line. */
  stop(): void {
    clearInterval(this.timer);
    if (this.live) this.io.err('\r\x1b[2K');
  }

  private draw(): void {
    if (!this.status) return;
    this.frame = (this.frame + 1) % FRAMES.length;
    const detail = this.detail ? `${this.detail}  ` : '';
    this.io.err(`\r\x1b[2K${FRAMES[this.frame]} ${this.status.padEnd(11)} ${detail}${formatSeconds(Date.now() - this.started)}  task ${this.taskId}`);
  }
}
