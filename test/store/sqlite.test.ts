// The store contract on a real SQLite file.

import { freshSqlite } from '../helpers/stores.ts';
import { storeContract } from './contract.ts';

storeContract('SQLite', freshSqlite);
