// The ground floor: error types and wording helpers that plan, config, terragrunt and time share. No @actions/core here.
export * from './user-error.js'
export * from './suggest.js'
