import { describe, expect, it } from 'vitest';
import { detailHref, detailOf, listHref, onDetailPath } from './detail-route.js';
import { screenPath } from './screens.js';

describe('detail routes', () => {
  it('a detail path is its list’s screen, with the id decoded', () => {
    expect(detailOf('/contacts/usr_01J3K8X')).toEqual({ list: '/contacts', id: 'usr_01J3K8X' });
    expect(detailOf('/users/usr%20x')).toBeNull();
    expect(detailOf('/users/usr_%C3%A6')).toEqual({ list: '/users', id: 'usr_æ' });
    expect(screenPath('/users/usr_hA3mXp/')).toBe('/users');
    expect(screenPath('/contacts')).toBe('/contacts');
  });

  it('an id that would change the request’s path or query is no detail: the page is not found', () => {
    for (const path of [
      '/users/..%2F..%2Fplatform',
      '/contacts/%3Fid%3D1',
      '/users/..',
      '/users/a/b',
      '/users/%E0%A4%A',
    ])
      expect(detailOf(path), path).toBeNull();
    expect(screenPath('/users/..%2F..%2Fplatform')).toBe('/users/..%2F..%2Fplatform');
    expect(detailOf('/peer-mentors/pm_88A1C')).toBeNull();
  });

  it('the detail carries the list’s query, and the list’s codec keeps the detail path', () => {
    expect(detailHref('/users', 'usr_hA3mXp', '?role=mentor&page=2')).toBe('/users/usr_hA3mXp?role=mentor&page=2');
    expect(listHref('/users', new URLSearchParams('role=mentor'))).toBe('/users?role=mentor');
    expect(onDetailPath('/users?role=mentor', '/users/usr_hA3mXp')).toBe('/users/usr_hA3mXp?role=mentor');
    expect(onDetailPath('/users?role=mentor', '/users')).toBe('/users?role=mentor');
    expect(onDetailPath('/activity?page=2', '/users/usr_hA3mXp')).toBe('/activity?page=2');
  });
});
