/** `GET /auth/me`, from the API contract. */
export { meSchema, type Me } from '../../../../src/contract/auth';
