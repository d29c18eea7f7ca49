import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

describe('readConfig', () => {
  it('VITE_API_TENANT names the tenant the platform endpoints are asked about, in real and mock mode', () => {
    expect(readConfig({ VITE_API_BASE_URL: 'https://admin.example.no', VITE_API_TENANT: ' bulwark-prod ' })).toEqual({
      mode: 'real',
      baseUrl: 'https://admin.example.no',
      token: undefined,
      superAdminIds: [],
      tenant: 'bulwark-prod',
    });
    expect(readConfig({ VITE_API_TENANT: 'stavanger' })).toMatchObject({ mode: 'mock', tenant: 'stavanger' });
  });

  it('without it the config names no tenant, and the app keeps sending the root org id', () => {
    expect(readConfig({ VITE_API_BASE_URL: 'https://admin.example.no', VITE_API_TENANT: '' })).not.toHaveProperty(
      'tenant',
    );
  });
});
