import { provideHttpClientTesting, HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { NotificationDto } from '../api/models';
import { provideApiHttp } from '../core/http/http.providers';
import { byTestId, click, settle, translocoForTests, verifyHttpAndReset } from '../../testing/test-helpers';
import { NotificationBell } from './notification-bell';
import { notificationRoute, timeAgo } from './notification-center';

@Component({ template: '' })
class PageStub {}

const LATEST = '/api/v1/notifications?page=1&pageSize=10';
const n = (id: string, read: boolean): NotificationDto => ({
  id,
  kind: 'disbursement-lag',
  title: `Dự án ODA-2026-000${id} giải ngân chậm`,
  body: 'Giải ngân luỹ kế 12 % kế hoạch năm.',
  link: `/projects/p${id}`,
  projectId: `p${id}`,
  createdAt: new Date(Date.now() - 5 * 60_000).toISOString(),
  readAt: read ? '2026-01-01T00:00:00Z' : null,
});

describe('NotificationBell', () => {
  afterEach(verifyHttpAndReset);

  async function open() {
    TestBed.configureTestingModule({
      imports: [translocoForTests()],
      providers: [provideRouter([{ path: 'projects/:id', component: PageStub }]), provideApiHttp(), provideHttpClientTesting()],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(NotificationBell);
    http.expectOne(LATEST).flush({ items: [n('1', false), n('2', false), n('3', true)], total: 3, unreadCount: 2, page: 1, pageSize: 10 });
    await settle(fixture);
    return { fixture, http, el: fixture.nativeElement as HTMLElement };
  }

  it('shows the unread count and the latest notifications', async () => {
    const { fixture, http, el } = await open();
    expect(byTestId(el, 'bell-count')?.textContent?.trim()).toBe('2');

    click(el, 'bell');
    http.expectOne(LATEST).flush({ items: [n('1', false), n('2', false), n('3', true)], total: 3, unreadCount: 2, page: 1, pageSize: 10 });
    await settle(fixture);
    const items = el.querySelectorAll('[data-testid="bell-item"]');
    expect(items.length).toBe(3);
    expect(items[0].classList.contains('unread')).toBe(true);
    expect(items[2].classList.contains('unread')).toBe(false);
    expect(items[0].textContent).toContain('ODA-2026-0001');
    fixture.destroy();
  });

  it('marks one read when it is followed, and all read from the menu', async () => {
    const { fixture, http, el } = await open();
    click(el, 'bell');
    http.expectOne(LATEST).flush({ items: [n('1', false), n('2', false)], total: 2, unreadCount: 2, page: 1, pageSize: 10 });
    await settle(fixture);

    el.querySelector<HTMLAnchorElement>('[data-testid="bell-item"] a')!.click();
    const read = http.expectOne('/api/v1/notifications/1/read');
    expect(read.request.method).toBe('POST');
    read.flush(n('1', true));
    await settle(fixture);
    // Following the link navigates, which refreshes the count.
    for (const r of http.match(LATEST)) r.flush({ items: [n('1', true), n('2', false)], total: 2, unreadCount: 1, page: 1, pageSize: 10 });
    await settle(fixture);
    expect(byTestId(el, 'bell-count')?.textContent?.trim()).toBe('1');

    click(el, 'bell');
    http.expectOne(LATEST).flush({ items: [n('1', true), n('2', false)], total: 2, unreadCount: 1, page: 1, pageSize: 10 });
    await settle(fixture);
    click(el, 'bell-read-all');
    const all = http.expectOne('/api/v1/notifications/read-all');
    expect(all.request.method).toBe('POST');
    all.flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    expect(byTestId(el, 'bell-count')).toBeNull();
    fixture.destroy();
  });
});

describe('notification helpers', () => {
  it('links to the project when the notification has no app link', () => {
    expect(notificationRoute({ link: null, projectId: 'abc' })).toBe('/projects/abc');
    expect(notificationRoute({ link: '/projects/xyz?tab=disbursements', projectId: 'abc' })).toBe('/projects/xyz?tab=disbursements');
    expect(notificationRoute({ link: null, projectId: null })).toBeNull();
  });

  it('says how long ago in Vietnamese', () => {
    const now = Date.parse('2026-11-25T10:00:00Z');
    expect(timeAgo('2026-11-25T09:57:00Z', 'vi-VN', now)).toBe('3 phút trước');
    expect(timeAgo('2026-11-25T07:00:00Z', 'vi-VN', now)).toBe('3 giờ trước');
  });
});
