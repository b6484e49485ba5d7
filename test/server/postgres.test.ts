// The API contract on the test PostgreSQL server.
import { freshPostgres } from '../helpers/stores.ts';
import { apiContract } from './contract.ts';

apiContract('PostgreSQL', freshPostgres);
