// The API contract on a real SQLite file.
import { freshSqlite } from '../helpers/stores.ts';
import { apiContract } from './contract.ts';

apiContract('SQLite', freshSqlite);
