import { basename } from 'node:path'

export type PlanTool = 'tofu' | 'terraform'

/**
 * Which tool made the plans, for the comment's title ("OpenTofu plan" / "Terraform plan"):
 * 1. `tf-binary` when its file name is the tool's (`tofu`, `/usr/local/bin/terraform`): Terragrunt ran that binary,
 *    whatever wording the plan text carries;
 * 2. else the plan's own wording (`OpenTofu used …` / `Terraform will perform …`), e.g. when Terragrunt chose;
 * 3. else a `tf-binary` path that mentions one (`/opt/tofu-1.10/bin/tf`); else undefined (the title says "Plan").
 */
export function planTool(texts: readonly string[], tfBinary: string | undefined): PlanTool | undefined {
  const bin = tfBinary?.trim() ?? ''
  const named = /^(tofu|terraform)(?:\.exe)?$/i.exec(basename(bin))?.[1]
  if (named) return named.toLowerCase() as PlanTool
  const text = texts.join('\n')
  if (/\bOpenTofu (?:used|will perform)\b/.test(text)) return 'tofu'
  if (/\bTerraform (?:used|will perform)\b/.test(text)) return 'terraform'
  if (/tofu/i.test(bin)) return 'tofu'
  if (/terraform/i.test(bin)) return 'terraform'
  return undefined
}
