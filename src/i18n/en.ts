// English — must have every key of the reference catalog (zh-CN.ts); a missing key fails the build.

import type { Catalog } from './zh-CN.ts';

export const en: Catalog = {
  errors: {
    'auth.required': 'Please sign in first.',
    'auth.forbidden': 'Your role or region does not allow this.',
    'auth.csrf': 'The request lacks a valid CSRF token; reload the page and try again.',
    'auth.login-failed': 'Wrong account name or password.',
    'auth.rate-limited': 'Too many sign-in attempts; try again later.',
    'auth.must-change-password': 'Change your one-time password first.',
    'auth.wrong-password': 'The current password is wrong.',
    'request.invalid': 'The request does not have the expected form.',
    'request.too-large': 'The request is too large.',
    'request.timeout': 'The request took too long.',
    'request.not-found': 'Not found.',
    'data.invalid': 'The data file has problems; nothing was written.',
    'framework.invalid': 'The framework file has problems.',
    'framework.published': 'A published framework version cannot change.',
    'user.exists': 'That account already exists.',
    'user.invalid': 'The account details are not valid.',
    'evaluation.invalid': 'The evaluation could not be done.',
    'store.unavailable': 'The database is not available right now.',
    internal: 'Internal server error; please tell an administrator.',
    default: 'The request could not be done.',
  },
};
