import { ChangeDetectionStrategy, Component, Injectable, computed, inject, input, signal } from '@angular/core';

import { Api } from '../../api/api';
import { listPeople } from '../../api/functions';

/** Full names of people known by e-mail, asked of the API in one batch per page and kept for the session. */
@Injectable({ providedIn: 'root' })
export class People {
  private readonly api = inject(Api);
  private readonly names = signal<ReadonlyMap<string, string>>(new Map());
  private readonly asked = new Set<string>();
  private pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** The person's full name once known; until then (or for an unknown address) the address itself. */
  name(email: string | null | undefined): string {
    if (!email) return '';
    const key = email.toLowerCase();
    const known = this.names().get(key);
    if (known) return known;
    if (email.includes('@') && !this.asked.has(key)) {
      this.asked.add(key);
      this.pending.add(email);
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.flush(), 0);
    }
    return email;
  }

  private async flush(): Promise<void> {
    const emails = [...this.pending];
    this.pending = new Set();
    if (!emails.length) return;
    try {
      const people = await this.api.invoke(listPeople, { email: emails });
      const next = new Map(this.names());
      for (const p of people) next.set(p.email.toLowerCase(), p.displayName);
      this.names.set(next);
    } catch {
      // names stay addresses
    }
  }
}

/** A person on screen: the full name, the e-mail address on hover. */
@Component({
  selector: 'app-person',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span [attr.title]="email()" data-testid="person">{{ name() }}</span>`,
})
export class Person {
  private readonly people = inject(People);
  readonly email = input<string | null | undefined>(null);
  protected readonly name = computed(() => this.people.name(this.email()));
}
