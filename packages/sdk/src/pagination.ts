import type { PageMeta, Task, TaskStatus } from './types.js';

/** Options of `tasks.list`. */
export interface ListTasksParams {
  /** The page to start from, 1 or more. Default 1. */
  page?: number;
  /** Tasks per page, 1 to 100. Default 20. */
  perPage?: number;
  /** Only tasks with this status. */
  status?: TaskStatus;
  signal?: AbortSignal;
}

/** One page of tasks, newest first. */
export class TaskPage {
  constructor(
    /** The tasks of this page. */
    readonly data: Task[],
    /** `current_page`, `per_page`, `last_page` and `total`. */
    readonly meta: PageMeta,
    private readonly fetchPage: (page: number) => Promise<TaskPage>,
  ) {}

  /** Whether a later page exists. */
  hasNextPage(): boolean {
    return this.meta.current_page < this.meta.last_page;
  }

  /** Fetches the next page (throws when there is none: check {@link hasNextPage} first). */
  nextPage(): Promise<TaskPage> {
    if (!this.hasNextPage()) return Promise.reject(new RangeError(`Page ${this.meta.current_page} is the last page.`));
    return this.fetchPage(this.meta.current_page + 1);
  }
}

/**
 * What `tasks.list` returns: `await` it for one page, or `for await` over it for every task from
 * that page to the last, fetching pages as it goes. The first page is fetched once, on first use.
 */
export class TaskPagePromise implements PromiseLike<TaskPage>, AsyncIterable<Task> {
  private first: Promise<TaskPage> | undefined;

  constructor(
    private readonly startPage: number,
    private readonly fetchPage: (page: number) => Promise<TaskPage>,
  ) {}

  private firstPage(): Promise<TaskPage> {
    this.first ??= this.fetchPage(this.startPage);
    return this.first;
  }

  then<A = TaskPage, B = never>(
    onFulfilled?: ((page: TaskPage) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.firstPage().then(onFulfilled, onRejected);
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<TaskPage | B> {
    return this.firstPage().catch(onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<TaskPage> {
    return this.firstPage().finally(onFinally);
  }

  /** Every task from the first page on. Tasks created meanwhile shift the pages; none is yielded twice. */
  async *[Symbol.asyncIterator](): AsyncIterator<Task> {
    const seen = new Set<string>();
    let page: TaskPage | undefined = await this.firstPage();
    while (page) {
      for (const task of page.data) {
        if (seen.has(task.task_id)) continue;
        seen.add(task.task_id);
        yield task;
      }
      page = page.hasNextPage() ? await page.nextPage() : undefined;
    }
  }
}
