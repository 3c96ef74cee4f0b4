// Nodegroup instance-type rules: instance types the AMI family has no AMI type for, Neuron (Inferentia /
// Trainium) types on families without the Neuron drivers, and the warnings for instance selectors that may pick
// accelerated types the family has no drivers for.
import { asArray, asNumber, asObject, asString, goSprintf, type NodeGroupRef, type RuleContext } from '../context.js'
import type { RuleDefinition } from '../types.js'
import { resolveAmiFamily } from '../data/ami-families.js'
import { markerSince } from '../inventory/index.js'
import { hasInstanceSelector } from './shared.js'

const NEURON = '%s instance types are not supported for %s; %s'
const NO_AMI_TYPE = '%s instance types are not supported for unmanaged nodegroups with AMIFamily %s'
const SELECTOR_GPU = 'instance selector may/will select GPU instance types, {GPUDriversWarning(ng.AMIFamily)}'
const SELECTOR_NEURON =
  'instance selector may/will select Neuron Device instance types, {NeuronDeviceDriversWarning(ng.AMIFamily)}'

/** The family the user wrote, canonical (undefined when unset, a placeholder or unknown at the release). */
function writtenFamily(ctx: RuleContext, ref: NodeGroupRef): string | undefined {
  const raw = asString(ref.ng.amiFamily)
  if (!raw || ctx.isPlaceholder(`${ref.path}/amiFamily`)) return undefined
  return resolveAmiFamily(ctx.release, raw) ?? undefined
}

/** Graviton (arm64) instance families: a `g` after the generation digit (m6g, c7gn, t4g, g5g, is4gen), and a1. */
function isArm(type: string): boolean {
  const family = type.split('.')[0]!
  return family === 'a1' || /^[a-z]+\d+[a-z-]*g/.test(family)
}
const isArmNvidia = (type: string): boolean => /^g5g\./.test(type)

/** eksctl's `SelectInstanceType`: the first accelerated type of the list (distribution / instanceTypes), else the first, else `instanceType`. */
function selectedInstanceType(ref: NodeGroupRef): string | undefined {
  const list = (
    ref.managed ? asArray(ref.ng.instanceTypes) : asArray(asObject(ref.ng.instancesDistribution)?.instanceTypes)
  ).filter((t): t is string => typeof t === 'string')
  if (list.length > 0) return list.find((t) => /^(p\d|g\d|inf\d|trn\d)/.test(t)) ?? list[0]
  return asString(ref.ng.instanceType)
}

/**
 * The Neuron device of an instance type as the release sees it: by prefix (`inf1`, `trn1`), or from eksctl's
 * generated instance-type table (with inf2, trn1n, trn2) where marker neuronTypesFromInstanceTable holds (a8523c925).
 */
function neuronDevice(ctx: RuleContext, type: string): 'Inferentia' | 'Trainium' | undefined {
  if (ctx.marker('neuronTypesFromInstanceTable')) {
    if (/^inf[12]\.\d*x?large$/.test(type)) return 'Inferentia'
    if (/^trn(1|1n|2)\.\d*x?large$/.test(type)) return 'Trainium'
    return undefined
  }
  if (type.startsWith('inf1')) return 'Inferentia'
  if (type.startsWith('trn1')) return 'Trainium'
  return undefined
}

/** The families whose AMIs carry the Neuron drivers at the release (AL2 always; AL2023 and Bottlerocket per marker). */
function neuronFamily(ctx: RuleContext, family: string): boolean {
  if (family === 'AmazonLinux2') return true
  if (family === 'AmazonLinux2023' && ctx.marker('neuronSupportsAmazonLinux2023')) return true
  return family.startsWith('Bottlerocket') && ctx.marker('neuronSupportsBottlerocket')
}

export const nodegroupInstanceTypeRules: RuleDefinition[] = [
  {
    id: 'neuron-instance-ami-family',
    group: 'nodegroups',
    summary: `Inferentia and Trainium instance types run on an AMI family with the Neuron drivers (AmazonLinux2; AmazonLinux2023 from ${markerSince('neuronSupportsAmazonLinux2023')}; Bottlerocket from ${markerSince('neuronSupportsBottlerocket')}).`,
    severity: 'error',
    eksctlMessages: [NEURON],
    eksctlParts: ['Inferentia', 'Trainium', 'please use %s instead'],
    example: 'nodeGroups: [{name: ng, amiFamily: Ubuntu2204, instanceType: inf2.xlarge}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups()) {
        const family = writtenFamily(ctx, ref)
        if (!family || neuronFamily(ctx, family)) continue
        const type = selectedInstanceType(ref)
        const device = type && neuronDevice(ctx, type)
        if (!device) continue
        ctx.report(
          `${ref.path}/amiFamily`,
          goSprintf(NEURON, device, family, 'please use AmazonLinux2 instead'),
          `${family} AMIs lack the Neuron drivers ${type} needs: use AmazonLinux2023 (or another family the release supports for ${device}).`
        )
      }
    }
  },
  {
    id: 'instance-type-ami-family',
    group: 'nodegroups',
    summary:
      'An unmanaged nodegroup without a custom AMI uses instance types its `amiFamily` has an AMI for (no Arm types on Windows, no Neuron types on Windows, no Arm GPU types on AmazonLinux2).',
    severity: 'error',
    eksctlMessages: [NO_AMI_TYPE],
    example: 'nodeGroups: [{name: ng, amiFamily: WindowsServer2022FullContainer, instanceType: m7g.large}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups('unmanaged')) {
        if (asString(ref.ng.ami)?.startsWith('ami-')) continue
        const family = writtenFamily(ctx, ref)
        if (!family) continue
        const type = selectedInstanceType(ref) ?? ''
        const windows = family.startsWith('WindowsServer')
        const arm = isArm(type)
        // the AMI types eksctl's table lacks for the family (GetAMIType, strict)
        const missing =
          (windows && (arm || neuronDevice(ctx, type) !== undefined)) ||
          (family === 'AmazonLinux2' && arm && isArmNvidia(type))
        if (!missing) continue
        ctx.report(
          `${ref.path}/amiFamily`,
          goSprintf(NO_AMI_TYPE, type, family),
          `${family} has no AMI for ${type}: pick an instance type the family supports, or another amiFamily (AmazonLinux2023 covers Arm, GPU and Neuron types).`
        )
      }
    }
  },
  {
    id: 'instance-selector-accelerators',
    group: 'nodegroups',
    summary:
      'A warning when an `instanceSelector` may pick GPU (or, from 0.205.0, Neuron) instance types for an `amiFamily` whose AMIs lack their drivers (exclude them with `gpus: 0` / `neuron_devices: 0`).',
    severity: 'warning',
    eksctlMessages: [SELECTOR_GPU, SELECTOR_NEURON],
    example: 'nodeGroups: [{name: ng, amiFamily: Ubuntu2204, instanceSelector: {vCPUs: 4}}]',
    check(ctx) {
      for (const ref of ctx.nodeGroups()) {
        const family = writtenFamily(ctx, ref)
        if (!family || family === 'AmazonLinux2' || family.startsWith('Bottlerocket')) continue
        // AmazonLinux2023 has accelerated AMIs where eksctl stops warning about it (eksctl 486acdf6d)
        if (family === 'AmazonLinux2023' && ctx.marker('gpuDriversWarningExemptsAmazonLinux2023')) continue
        if (!hasInstanceSelector(ref.ng)) continue
        const selector = asObject(ref.ng.instanceSelector)!
        const path = `${ref.path}/instanceSelector`
        if (asNumber(selector.gpus) !== 0) {
          ctx.report(
            path,
            `instance selector may/will select GPU instance types, ${family} does not ship with NVIDIA GPU drivers installed, hence won't support running GPU-accelerated workloads out of the box`,
            'add `gpus: 0` to the selector, or use a family with GPU AMIs.',
            { part: 'key' }
          )
        }
        if (asNumber(selector.neuron_devices) !== 0 && ctx.has(SELECTOR_NEURON)) {
          ctx.report(
            path,
            `instance selector may/will select Neuron Device instance types, ${family} does not ship with Neuron Devices drivers installed, hence won't support running inference-accelerated workloads out of the box`,
            'add `neuron_devices: 0` to the selector, or use a family with Neuron AMIs.',
            { part: 'key' }
          )
        }
      }
    }
  }
]
