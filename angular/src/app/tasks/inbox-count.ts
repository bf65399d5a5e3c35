import { Injectable, inject, signal } from '@angular/core';

import { Api } from '../api/api';
import { getInbox } from '../api/functions';

/** The number of open tasks in the signed-in user's inbox, for the badge on the nav item. */
@Injectable({ providedIn: 'root' })
export class InboxCount {
  private readonly api = inject(Api);
  readonly count = signal(0);

  async refresh(): Promise<void> {
    try {
      const page = await this.api.invoke(getInbox, { page: 1, pageSize: 1 });
      this.count.set(page.totalCount ?? 0);
    } catch {
      // the badge is a hint; the inbox page shows errors
    }
  }
}
