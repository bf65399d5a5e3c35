import { Injectable, inject, signal } from '@angular/core';

import { Api } from '../api/api';
import { listTasks } from '../api/functions';

/** The number of open tasks the signed-in user may act on (mine and my groups'), for the badge on the nav item. */
@Injectable({ providedIn: 'root' })
export class InboxCount {
  private readonly api = inject(Api);
  readonly count = signal(0);

  async refresh(): Promise<void> {
    try {
      const page = await this.api.invoke(listTasks, { scope: 'mine', page: 1, pageSize: 1 });
      this.set(page.counts.mine + page.counts.groups);
    } catch {
      // the badge is a hint; the inbox page shows errors
    }
  }

  /** The inbox page already has the counts. */
  set(count: number): void {
    this.count.set(count);
  }
}
