export { actions, permissions, type Action, type OrganisationRole, type Relation, type Rule, type StaffRole } from "./permissions";
export { authorize, can, denialMessages, hasStaffRole, type Actor, type Decision, type DenialReason, type Resource } from "./can";
