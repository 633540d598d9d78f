/** `GET /workspaces/:id`: the contract's schema, so the web app checks the answer the server declares. */
export {
  phaseSchema,
  workspaceSchema,
  type Phase,
  type Workspace,
} from '../../../../src/contract/workspaces';
