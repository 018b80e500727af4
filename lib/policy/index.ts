export { actions, permissions, type Action, type OrganisationRole, type Relation, type Rule, type StaffRole } from "./permissions";
export { authorize, can, denialMessages, type Actor, type Decision, type DenialReason, type Resource } from "./can";
