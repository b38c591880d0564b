/**
 * Everything main.ts runs after connecting: selection, planning, rendering and publishing. main.ts imports this
 * dynamically once the first API request (the PR's file list) is on its way, so that Node compiles and evaluates this
 * larger part of the bundle while the request is under way instead of before it.
 */
export { buildPlanResult } from '../core/plan/unit-plan.js'
export { redactPlanResult } from '../core/render/redact.js'
export { logUnits, reportFailures, setOutputs } from './outputs.js'
export { planUnits } from './plan.js'
export { gateProtected, reportProtected } from './protected.js'
export { writeComment, writeFailureComment, writeReport } from './publish.js'
export { readPlans, selectPlanUnits } from './select.js'
export { verifyReviewedPlan } from './verify.js'
