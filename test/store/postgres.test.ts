// The store contract on a real PostgreSQL server started for the test run.

import { freshPostgres } from '../helpers/stores.ts';
import { storeContract } from './contract.ts';

storeContract('PostgreSQL', freshPostgres);
