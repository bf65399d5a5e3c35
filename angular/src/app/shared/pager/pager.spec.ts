import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { translocoForTests } from '../../../testing/test-helpers';
import { Pager } from './pager';

@Component({
  imports: [Pager],
  template: `<app-pager [page]="page()" [pages]="7" [total]="130" testId="list" (pageChange)="asked.push($event)" />`,
})
class Host {
  readonly page = signal(1);
  readonly asked: number[] = [];
}

describe('Pager', () => {
  function render(page: number) {
    TestBed.configureTestingModule({ imports: [translocoForTests(), Host] });
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.page.set(page);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const q = (id: string) => el.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`)!;
    return { fixture, el, prev: q('list-prev'), next: q('list-next'), where: q('list-page') };
  }

  it('names its buttons and says where the reader is, in Vietnamese', () => {
    const { prev, next, where } = render(2);
    expect(prev.getAttribute('aria-label')).toBe('Trang trước');
    expect(next.getAttribute('aria-label')).toBe('Trang sau');
    expect(where.textContent?.trim()).toBe('Trang 2 / 7 · 130 mục');
  });

  it('asks for the next and the previous page, and never past the ends', () => {
    const first = render(1);
    expect(first.prev.disabled).toBe(true);
    first.next.click();
    expect(first.fixture.componentInstance.asked).toEqual([2]);
    TestBed.resetTestingModule();
    const last = render(7);
    expect(last.next.disabled).toBe(true);
    last.prev.click();
    expect(last.fixture.componentInstance.asked).toEqual([6]);
  });
});
