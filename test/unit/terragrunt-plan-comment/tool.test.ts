import { describe, expect, it } from '@jest/globals'
import { planTool } from '../../../src/terragrunt-plan-comment/tool.js'
import type { PlanTool } from '../../../src/terragrunt-plan-comment/tool.js'

const TOFU_TEXT = 'OpenTofu used the selected providers to generate the following execution plan.'
const TF_TEXT = 'Terraform will perform the following actions:'

describe('planTool: which tool the plan comment title names', () => {
  it.each<{ name: string; texts: string[]; tfBinary?: string; tool: PlanTool | undefined }>([
    {
      name: 'tf-binary tofu, Terraform wording (a replayed recording)',
      texts: [TF_TEXT],
      tfBinary: 'tofu',
      tool: 'tofu'
    },
    { name: 'tf-binary terraform, OpenTofu wording', texts: [TOFU_TEXT], tfBinary: 'terraform', tool: 'terraform' },
    { name: 'tf-binary a path to tofu', texts: [], tfBinary: '/usr/local/bin/tofu', tool: 'tofu' },
    { name: 'tf-binary tofu.exe', texts: [], tfBinary: 'tofu.exe', tool: 'tofu' },
    { name: 'no tf-binary: the wording, OpenTofu', texts: ['', TOFU_TEXT], tool: 'tofu' },
    { name: 'no tf-binary: the wording, Terraform', texts: [TF_TEXT], tool: 'terraform' },
    {
      name: 'a wrapper binary: the wording first',
      texts: [TOFU_TEXT],
      tfBinary: '/opt/terraform-1.11/bin/tf',
      tool: 'tofu'
    },
    { name: 'a wrapper binary without wording: its path', texts: [], tfBinary: '/opt/tofu-1.10/bin/tf', tool: 'tofu' },
    { name: 'nothing to tell', texts: ['No changes.'], tfBinary: ' ', tool: undefined }
  ])('$name', ({ texts, tfBinary, tool }) => {
    expect(planTool(texts, tfBinary)).toBe(tool)
  })
})
