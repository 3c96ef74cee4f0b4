// Benchmark of `eksctl-preflight karpenter analyze` against `grep -cE 'launched|ERROR'` on the same generated log.
//   npx tsx scripts/bench-analyze.ts [--mix default|errors|both] [--size-mb 1024] [--runs 2] [--keep] [--file PATH]
//     [--floor]
// Builds dist/ if missing, writes a log of the requested size (default 1 GiB) per mix into a temp dir, or uses --file.
// Mixes (both by default, measured one after the other in the same run):
//   default: real line shapes of every era (console v0.16–v0.31 with tabs and with spaces, JSON v0.32+ dotted and
//     v0.37+ controller loggers, CRI / stern prefixes, klog, multi-line AWS error chains, a panic), mostly INFO/DEBUG;
//   errors: error-dense: real error shapes repeated (long JSON entries with encoded authorization messages and AWS
//     request fields, entries hard-wrapped over several lines, errors pasted without time and level, panics with
//     30-frame stack traces), with a few INFO lines between them.
// Then per run it measures
// under /usr/bin/time -v (wall, user+sys CPU, peak RSS): grep, the CLI with its parser in a worker thread while the
// main thread decodes and diagnoses (EKSCTL_PREFLIGHT_ANALYZE_WORKER=on; by default the CLI does this for files of
// 32 MiB or more on 2+ cores), and the CLI in one thread (EKSCTL_PREFLIGHT_ANALYZE_WORKER=off). Prints every run, the ratios against grep of the same run, checks that
// both analyzer modes give the same report, and deletes the temp dir.
// With --floor it also times, per run, a plain-JavaScript floor in a separate process: read the file, split lines,
// and for each JSON line hash its message and the first 300 bytes of its error with long id-like tokens folded, into
// a Map of counts. No classification, no multi-line entries, no decoding, no diagnosis: the least a JavaScript
// analyzer does to count a flood by cause without decoding each line. Its time (measured inside the process, so
// without node's start-up) bounds from below what any JavaScript version of the analyzer can reach on this machine.
// Goal: analyzer wall time ≤ 5× grep's, analyzer peak RSS ≤ 200 MB. The machine has 2 cores; when it is busy with
// other work, wall times stretch (CPU time is the steadier measure, and the load average is printed).
import { execFileSync, spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const repoRoot = resolve(import.meta.dirname, '..')
const argv = process.argv.slice(2)
const opt = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined)
const sizeMb = Number(opt('--size-mb') ?? 0) || 1024
const runs = Number(opt('--runs') ?? 0) || 2
const givenFile = opt('--file')
const mixOpt = opt('--mix') ?? 'both'
const keep = argv.includes('--keep')
const floor = argv.includes('--floor')

type Gen = (n: number, t: string) => string

const hex = (n: number, width: number): string => ((n * 2654435761) >>> 0).toString(16).padStart(8, '0').slice(0, width)
const iid = (n: number): string => `i-0${hex(n, 8)}${hex(n + 7, 8)}`
const claim = (n: number): string => `default-${hex(n, 5)}`
const ip = (n: number): string => `ip-10-${(n >> 16) & 255}-${(n >> 8) & 255}-${n & 255}.eu-west-1.compute.internal`

// [weight, generator]; every template is a real line shape from reference/karpenter.md with ids/times varied.
const TEMPLATES: [number, Gen][] = [
  // v0.16 console, tabs
  [3, (n, t) => `${t}\tINFO\tcontroller.provisioning\tFound ${n % 40} provisionable pod(s)\t{"commit": "b157d45"}`],
  [
    1,
    (n, t) =>
      `${t}\tINFO\tcontroller.provisioning\tLaunched instance: ${iid(n)}, hostname: ${ip(n)}, type: m5.large, zone: us-west-2b, capacityType: on-demand\t{"commit": "b157d45", "provisioner": "default"}`
  ],
  // v0.20/0.21 console copied with spaces
  [
    1,
    (_n, t) =>
      `${t}        INFO    controller      Starting workers        {"commit": "f60dacd", "controller": "node-state", "controllerGroup": "", "controllerKind": "Node", "worker count": 10}`
  ],
  [
    3,
    (n, t) =>
      `${t}        INFO    controller.provisioner  found provisionable pod(s)      {"commit": "06cb81f-dirty", "pods": ${n % 9}}`
  ],
  [
    2,
    (n, t) =>
      `${t}        INFO    controller.provisioner  computed new node(s) to fit pod(s)      {"commit": "06cb81f-dirty", "newNodes": 1, "pods": ${n % 9}}`
  ],
  // v0.27 console launch (the seed shape) and DEBUG noise
  [
    0.5,
    (n, t) =>
      `${t}\tINFO\tcontroller.provisioner.cloudprovider\tlaunched instance\t{"commit": "0000000", "provisioner": "default", "id": "${iid(n)}", "hostname": "${ip(n)}", "instance-type": "t3a.large", "zone": "us-west-2d", "capacity-type": "on-demand", "capacity": {"cpu":"2","ephemeral-storage":"20Gi","memory":"7577Mi","pods":"35"}}`
  ],
  [
    6,
    (n, t) =>
      `${t}\tDEBUG\tcontroller.aws\tdiscovered subnets\t{"commit": "dc3af1a", "subnets": ["subnet-0${hex(n, 8)} (us-west-2a)", "subnet-0${hex(n + 1, 8)} (us-west-2b)"]}`
  ],
  // v0.30/0.31 console, machines
  [
    0.5,
    (n, t) =>
      `${t}\tINFO\tcontroller.machine.lifecycle\tlaunched machine\t{"commit": "637a642", "machine": "${claim(n)}", "provisioner": "runner", "provider-id": "aws:///eu-central-1a/${iid(n)}", "instance-type": "c6a.large", "zone": "eu-central-1a", "capacity-type": "on-demand", "allocatable": {"cpu":"1930m","ephemeral-storage":"89Gi","memory":"3114Mi","pods":"29"}}`
  ],
  [
    0.3,
    (n, t) =>
      `${t}\tDEBUG\tcontroller.machine.lifecycle\tregistered machine\t{"commit": "322822a", "machine": "${claim(n - 3)}", "provisioner": "runner", "provider-id": "aws:///us-east-1a/${iid(n - 3)}", "node": "${ip(n - 3)}"}`
  ],
  [
    0.1,
    (n, t) =>
      `${t}\tDEBUG\tcontroller.machine.lifecycle\tterminating due to registration ttl\t{"commit": "637a642", "machine": "${claim(n)}", "provisioner": "runner", "ttl": "15m0s"}`
  ],
  [
    0.2,
    (n, t) =>
      `${t}        ERROR   webhook http: TLS handshake error from 10.0.${n & 255}.${(n >> 8) & 255}:36266: EOF\n        {"commit": "637a642"}`
  ],
  [
    0.1,
    (_n, t) =>
      `${t}\tERROR\tcontroller.aws.pricing\tupdating on-demand pricing, RequestError: send request failed\ncaused by: Post "https://api.pricing.us-east-1.amazonaws.com/": dial tcp 52.94.231.154:443: i/o timeout; using existing pricing data\t{"commit": "322822a"}`
  ],
  // v0.32–v0.36 JSON, dotted loggers
  [
    4,
    (n, t) =>
      `{"level":"INFO","time":"${t}","logger":"controller.provisioner","message":"found provisionable pod(s)","commit":"fdf67d0","pods":"default/echoserver-68d745b4d7-${hex(n, 5)}","duration":"13.390368ms"}`
  ],
  [
    0.5,
    (n, t) =>
      `{"level":"INFO","time":"${t}","logger":"controller.nodeclaim.lifecycle","message":"launched nodeclaim","commit":"17d6c05","nodeclaim":"${claim(n)}","provider-id":"aws:///eu-west-2a/${iid(n)}","instance-type":"t3a.xlarge","zone":"eu-west-2a","capacity-type":"spot","allocatable":{"cpu":"3920m","ephemeral-storage":"17Gi","memory":"14162Mi","pods":"58"}}`
  ],
  [
    0.5,
    (n, t) =>
      `{"level":"INFO","time":"${t}","logger":"controller.nodeclaim.lifecycle","message":"initialized nodeclaim","commit":"596ea97","nodeclaim":"${claim(n - 5)}","provider-id":"aws:///eu-central-1b/${iid(n - 5)}","node":"${ip(n - 5)}"}`
  ],
  [
    0.2,
    (n, t) =>
      `{"level":"INFO","time":"${t}","logger":"controller.disruption","message":"disrupting via consolidation delete, terminating 1 candidates ${ip(n)}/r5a.xlarge/spot","commit":"8fb62bf"}`
  ],
  [
    2,
    (n, t) =>
      `{"level":"ERROR","time":"${t}","logger":"controller.provisioner","message":"Could not schedule pod, incompatible with nodepool \\"default\\", daemonset overhead={\\"cpu\\":\\"675m\\",\\"memory\\":\\"390Mi\\",\\"pods\\":\\"6\\"}, incompatible requirements, label \\"nodegroup\\" does not have known values","commit":"17d6c05","pod":"apps/web-${hex(n, 6)}"}`
  ],
  [
    6,
    (_n, t) =>
      `{"level":"DEBUG","time":"${t}","logger":"controller.disruption","message":"waiting on cluster sync","commit":"17d6c05"}`
  ],
  // v0.37+/v1.x JSON, `controller` logger
  [
    4,
    (n, t) =>
      `{"level":"INFO","time":"${t}","logger":"controller","message":"found provisionable pod(s)","commit":"652e6aa","controller":"provisioner","namespace":"","name":"","reconcileID":"c13956b6-${hex(n, 4)}","Pods":"web-renderer/main-759695cfff-${hex(n, 5)}","duration":"60.618806ms"}`
  ],
  [
    3,
    (n, t) =>
      `{"level":"INFO","time":"${t}","logger":"controller","caller":"scheduling/scheduler.go:283","message":"computed unready node(s) will fit pod(s)","commit":"f913f41","controller":"provisioner","namespace":"","name":"","reconcileID":"435dbd27-${hex(n, 4)}","nodes":3,"pods":54}`
  ],
  [
    0.5,
    (n, t) =>
      `{"level":"INFO","time":"${t}","logger":"controller","message":"created nodeclaim","commit":"652e6aa","controller":"provisioner","namespace":"","name":"","reconcileID":"58031f10-${hex(n, 4)}","NodePool":{"name":"default"},"NodeClaim":{"name":"${claim(n)}"},"requests":{"cpu":"850m","memory":"500M","pods":"4"},"instance-types":"c3.large, c4.large, c4.xlarge, c5.large, c5a.large and 55 other(s)"}`
  ],
  [
    0.5,
    (n, t) =>
      `{"level":"INFO","time":"${t}","logger":"controller","message":"launched nodeclaim","commit":"652e6aa","controller":"nodeclaim.lifecycle","controllerGroup":"karpenter.sh","controllerKind":"NodeClaim","NodeClaim":{"name":"${claim(n - 1)}"},"namespace":"","name":"${claim(n - 1)}","reconcileID":"672ab9c9-${hex(n, 4)}","provider-id":"aws:///eu-west-1c/${iid(n - 1)}","instance-type":"c7a.medium","zone":"eu-west-1c","capacity-type":"spot","allocatable":{"cpu":"940m","ephemeral-storage":"17Gi","memory":"1451Mi","pods":"8","vpc.amazonaws.com/pod-eni":"4"}}`
  ],
  [
    0.3,
    (n, t) =>
      `{"level":"ERROR","time":"${t}","logger":"controller","message":"failed launching nodeclaim","commit":"490ef94","controller":"nodeclaim.lifecycle","NodeClaim":{"name":"gpu-g5-4-${hex(n, 5)}"},"error":"insufficient capacity, all requested instance types were unavailable during launch"}`
  ],
  [
    0.1,
    (n, t) =>
      `{"level":"ERROR","time":"${t}","logger":"controller","message":"Reconciler error","commit":"fb4d75f","controller":"nodeclaim.lifecycle","NodeClaim":{"name":"${claim(n)}"},"error":"launching nodeclaim, creating instance, with fleet error(s), UnauthorizedOperation: You are not authorized to perform this operation. Encoded authorization failure message: ${hex(n, 8)}"}`
  ],
  [
    0.2,
    (n, t) =>
      `{"level":"INFO","time":"${t}","logger":"controller","message":"disrupting nodeclaim(s) via delete, terminating 2 nodes (0 pods) ${ip(n)}/c7g.xlarge/on-demand, ${ip(n + 1)}/c7g.2xlarge/on-demand","commit":"6174c75","controller":"disruption","command-id":"f99f56ff-${hex(n, 4)}","reason":"empty"}`
  ],
  [
    0.1,
    (_n, t) =>
      `{"level":"ERROR","time":"${t}","logger":"controller","message":"error retrieving resource lock karpenter/karpenter-leader-election: context deadline exceeded","commit":"f15a737"}`
  ],
  [
    0.1,
    (_n, t) =>
      `{"level":"INFO","time":"${t}","logger":"controller","message":"attempting to acquire leader lease kube-system/karpenter-leader-election...","commit":"f15a737"}`
  ],
  // log-tool prefixes and other formats
  [
    2,
    (n, t) =>
      `${t.replace('Z', '123456Z')} stdout F {"level":"INFO","time":"${t}","logger":"controller","message":"found provisionable pod(s)","commit":"15781e3","controller":"provisioner","Pods":"ns/p-${hex(n, 5)}","duration":"3.1ms"}`
  ],
  [
    1,
    (n, t) =>
      `karpenter-6b66bfbf8b-kp767 controller ${t}\tINFO\tcontroller.provisioning\tFound ${n % 40} provisionable pod(s)\t{"commit": "29b803e"}`
  ],
  [
    0.2,
    (n, t) =>
      `[pod/karpenter-7d9f8c-${hex(n, 5)}/controller] {"level":"INFO","time":"${t}","logger":"controller","message":"Starting workers","commit":"652e6aa","controller":"nodepool.hash","controllerGroup":"karpenter.sh","controllerKind":"NodePool","worker count":10}`
  ],
  [
    0.05,
    () =>
      `I0206 17:26:20.695030       1 leaderelection.go:278] failed to renew lease karpenter/karpenter-leader-election: timed out waiting for the condition`
  ],
  [
    0.01,
    () =>
      `panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x1b3c2f1]\n\ngoroutine 412 [running]:\nsigs.k8s.io/karpenter/pkg/controllers/provisioning.(*Provisioner).Schedule(0xc000a1e000)\n\tsigs.k8s.io/karpenter/pkg/controllers/provisioning/provisioner.go:312 +0x5d1`
  ]
]

/** Base64-looking blobs (encoded authorization failure messages), made once: building one per line is slow. */
const BLOBS = Array.from({ length: 256 }, (_, k) => {
  let out = ''
  let x = k + 1
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
  for (let i = 0; i < 1400; i++) {
    x = (x * 1103515245 + 12345) >>> 0
    out += alphabet[(x >>> 16) & 63]
  }
  return out
})
const b64 = (n: number): string => BLOBS[n & 255]!
const reqId = (n: number): string =>
  `${hex(n, 8)}-${hex(n + 1, 4)}-4${hex(n + 2, 3)}-8${hex(n + 3, 3)}-${hex(n + 4, 8)}${hex(n, 4)}`
/** A JSON entry hard-wrapped at `width` columns, as copied from a terminal into an issue. */
const wrap = (line: string, width: number): string => line.match(new RegExp(`.{1,${width}}`, 'g'))!.join('\n')
const unauthorizedV1 = (n: number, t: string): string =>
  `{"level":"ERROR","time":"${t}","logger":"controller","message":"Reconciler error","commit":"fb4d75f","controller":"nodeclaim.lifecycle","controllerGroup":"karpenter.sh","controllerKind":"NodeClaim","NodeClaim":{"name":"${claim(n)}"},"namespace":"","name":"${claim(n)}","reconcileID":"${reqId(n)}","error":"launching nodeclaim, creating instance, with fleet error(s), UnauthorizedOperation: You are not authorized to perform this operation. User: arn:aws:sts::111122223333:assumed-role/KarpenterControllerRole-example/${n} is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:eu-west-1:111122223333:instance/* with an explicit deny in a service control policy. Encoded authorization failure message: ${b64(n)}"}`
const GO_STACK = [
  'goroutine 1 [running]:',
  'sigs.k8s.io/karpenter/pkg/operator.NewOperator()',
  '\tsigs.k8s.io/karpenter@v1.6.3/pkg/operator/operator.go:120 +0x1a5',
  ...Array.from({ length: 24 }, (_, i) => [
    `sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).reconcileHandler(0xc000${hex(i, 6)}, {0x2d5e7a0, 0xc0001a6000}, {0x1f2e3d0, 0xc0004a2${i}})`,
    `\tsigs.k8s.io/controller-runtime@v0.19.4/pkg/internal/controller/controller.go:${300 + i} +0x${hex(i, 3)}`
  ]).flat()
].join('\n')

// Error-dense mix: real error shapes of every era (reference/karpenter.md and the inventory's texts), long JSON
// entries (encoded authorization messages, fleet errors with AWS request fields), hard-wrapped entries, errors pasted
// without time and level, and Go panics with stack traces; a little INFO between them.
const ERROR_TEMPLATES: [number, Gen][] = [
  [4, (n, t) => unauthorizedV1(n, t)],
  [3, (n, t) => wrap(unauthorizedV1(n, t), 120)],
  [
    4,
    (n, t) =>
      `{"level":"ERROR","time":"${t}","logger":"controller","message":"failed launching nodeclaim","commit":"4ff8cfe","controller":"nodeclaim.lifecycle","controllerGroup":"karpenter.sh","controllerKind":"NodeClaim","NodeClaim":{"name":"${claim(n)}"},"namespace":"","name":"${claim(n)}","reconcileID":"${reqId(n)}","error":"creating instance, insufficient capacity, with fleet error(s), InsufficientInstanceCapacity: We currently do not have sufficient c7i.${['large', 'xlarge', '2xlarge'][n % 3]} capacity in the Availability Zone you requested (eu-west-1${'abc'[n % 3]}). Our system will be working on provisioning additional capacity. You can currently get c7i capacity by not specifying an Availability Zone in your request or choosing eu-west-1${'bca'[n % 3]}. (aws-error-code=UnfulfillableCapacity, aws-operation-name=CreateFleet, aws-request-id=${reqId(n + 9)}, aws-service-name=EC2, aws-status-code=200)","aws-error-code":"UnfulfillableCapacity","aws-operation-name":"CreateFleet","aws-request-id":"${reqId(n + 9)}","aws-service-name":"EC2","aws-status-code":200}`
  ],
  [
    4,
    (n, t) =>
      `{"level":"ERROR","time":"${t}","logger":"controller.provisioner","message":"Could not schedule pod, incompatible with nodepool \\"default\\", daemonset overhead={\\"cpu\\":\\"675m\\",\\"memory\\":\\"390Mi\\",\\"pods\\":\\"6\\"}, incompatible requirements, label \\"nodegroup\\" does not have known values; incompatible with nodepool \\"gpu\\", daemonset overhead={\\"cpu\\":\\"675m\\",\\"memory\\":\\"390Mi\\",\\"pods\\":\\"6\\"}, did not tolerate nvidia.com/gpu=true:NoSchedule; incompatible with nodepool \\"arm\\", daemonset overhead={\\"cpu\\":\\"675m\\",\\"memory\\":\\"390Mi\\",\\"pods\\":\\"6\\"}, no instance type satisfied resources {\\"cpu\\":\\"${n % 64}\\",\\"memory\\":\\"256Gi\\",\\"pods\\":\\"1\\"} and requirements karpenter.sh/capacity-type In [on-demand spot], kubernetes.io/arch In [arm64], karpenter.sh/nodepool In [arm]","commit":"17d6c05","pod":"apps/web-${hex(n, 6)}"}`
  ],
  [
    2,
    (n, t) =>
      `{"level":"ERROR","time":"${t}","logger":"controller","message":"could not schedule pod","commit":"f913f41","controller":"provisioner","namespace":"","name":"","reconcileID":"${reqId(n)}","Pod":{"name":"batch-${hex(n, 5)}","namespace":"jobs"},"error":"all available instance types exceed limits for nodepool: \\"default\\""}`
  ],
  [
    2,
    (n, t) =>
      `${t}\tERROR\tcontroller\tReconciler error\t{"commit": "74bf29c", "controller": "machine.lifecycle", "controllerGroup": "karpenter.sh", "controllerKind": "Machine", "Machine": {"name":"${claim(n)}"}, "namespace": "", "name": "${claim(n)}", "reconcileID": "${reqId(n)}", "error": "launching machine, creating instance, with fleet error(s), AuthFailure.ServiceLinkedRoleCreationNotPermitted: The provided credentials do not have permission to create the service-linked role for EC2 Spot Instances."}`
  ],
  [
    1,
    (n, t) =>
      `${t}        ERROR   webhook http: TLS handshake error from 10.0.${n & 255}.${(n >> 8) & 255}:36266: EOF\n        {"commit": "637a642"}`
  ],
  [
    1,
    (_n, t) =>
      `${t}\tERROR\tcontroller.aws.pricing\tupdating on-demand pricing, RequestError: send request failed\ncaused by: Post "https://api.pricing.us-east-1.amazonaws.com/": dial tcp 52.94.231.154:443: i/o timeout; using existing pricing data from 2023-06-01T00:00:00Z\t{"commit": "322822a"}`
  ],
  [
    1,
    (_n, t) =>
      `{"level":"ERROR","time":"${t}","logger":"controller","message":"error retrieving resource lock karpenter/karpenter-leader-election: context deadline exceeded","commit":"f15a737"}`
  ],
  [
    1,
    (n, t) =>
      `{"level":"ERROR","time":"${t}","logger":"controller","message":"Reconciler error","commit":"1ad0d78","controller":"instanceprofile.garbagecollection","namespace":"","name":"","reconcileID":"${reqId(n)}","error":"listing instance profiles, operation error IAM: ListInstanceProfiles, https response error StatusCode: 403, RequestID: ${reqId(n + 3)}, api error AccessDenied: User: arn:aws:sts::111122223333:assumed-role/KarpenterControllerRole-example/${n} is not authorized to perform: iam:ListInstanceProfiles","aws-error-code":"AccessDenied","aws-operation-name":"ListInstanceProfiles","aws-request-id":"${reqId(n + 3)}","aws-service-name":"IAM","aws-status-code":403}`
  ],
  [
    1,
    (n) =>
      `launching nodeclaim, creating instance, insufficient capacity, with fleet error(s), InsufficientInstanceCapacity: We currently do not have sufficient m7g.large capacity in the Availability Zone you requested (eu-west-1${'abc'[n % 3]}).`
  ],
  [
    0.3,
    () =>
      `panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x1b3c2f1]\n\n${GO_STACK}`
  ],
  [0.2, () => `panic: validating options, missing field, cluster-name\n\n${GO_STACK}`],
  // Some ordinary lines between the errors.
  [
    2,
    (n, t) =>
      `{"level":"INFO","time":"${t}","logger":"controller","message":"found provisionable pod(s)","commit":"652e6aa","controller":"provisioner","namespace":"","name":"","reconcileID":"${reqId(n)}","Pods":"web-renderer/main-759695cfff-${hex(n, 5)}","duration":"60.618806ms"}`
  ],
  [
    1,
    (n, t) =>
      `{"level":"INFO","time":"${t}","logger":"controller","message":"launched nodeclaim","commit":"652e6aa","controller":"nodeclaim.lifecycle","controllerGroup":"karpenter.sh","controllerKind":"NodeClaim","NodeClaim":{"name":"${claim(n)}"},"namespace":"","name":"${claim(n)}","reconcileID":"${reqId(n)}","provider-id":"aws:///eu-west-1c/${iid(n)}","instance-type":"c7a.medium","zone":"eu-west-1c","capacity-type":"spot","allocatable":{"cpu":"940m","ephemeral-storage":"17Gi","memory":"1451Mi","pods":"8"}}`
  ]
]

const MIXES: Record<string, [number, Gen][]> = { default: TEMPLATES, errors: ERROR_TEMPLATES }

function pickTable(templates: [number, Gen][]): Gen[] {
  const table: Gen[] = []
  for (const [w, g] of templates) for (let i = 0; i < Math.round(w * 100); i++) table.push(g)
  return table
}

function generate(file: string, bytes: number, templates: [number, Gen][]): number {
  const table = pickTable(templates)
  const fd = openSync(file, 'w')
  let written = 0
  let n = 0
  let seed = 12345
  let ms = Date.parse('2024-06-05T00:00:00.000Z')
  while (written < bytes) {
    const parts: string[] = []
    let size = 0
    while (size < 4 * 1024 * 1024) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      ms += seed % 37
      // High bits: the low bits of this LCG cycle and would never pick some templates.
      const line = table[(seed >>> 12) % table.length]!(n++, new Date(ms).toISOString()) + '\n'
      parts.push(line)
      size += line.length
    }
    const buf = Buffer.from(parts.join(''), 'utf8')
    writeSync(fd, buf)
    written += buf.length
  }
  closeSync(fd)
  return written
}

interface Measured {
  wallSeconds: number
  cpuSeconds: number
  peakRssMb: number
  stdout: string
}

function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Measured {
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env })
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} failed (${r.status}): ${r.stderr.slice(-2000)}`)
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr)
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr)
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr)
  if (!wall || !rss) throw new Error(`no /usr/bin/time -v output for ${cmd}: ${r.stderr.slice(-500)}`)
  const wallSeconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3])
  const cpuSeconds = Number(user?.[1] ?? 0) + Number(sys?.[1] ?? 0)
  return { wallSeconds, cpuSeconds, peakRssMb: Number(rss[1]) / 1024, stdout: r.stdout }
}

interface MixResult {
  mix: string
  sizeMb: number
  bestRatio: number
  bestSingleRatio: number
  ratios: string
  peakRss: number
  peakRssSingle: number
  sameReport: boolean
  /** Best same-run ratio of the plain-JS floor against grep (--floor). */
  floorRatio: number | null
  summary: string
}

/** Seconds the floor pass takes over `file`, in a process of its own (this script, run with --floor-run). */
function floorSecondsOf(file: string): number {
  const r = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--floor-run', file], {
    encoding: 'utf8'
  })
  const seconds = Number(r.stdout.trim().split(' ')[3])
  if (r.status !== 0 || !Number.isFinite(seconds)) throw new Error(`floor run failed: ${r.stderr.slice(-1000)}`)
  return seconds
}

const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')

function benchFile(mix: string, file: string, cli: string): MixResult {
  const row = (name: string, m: Measured, g: Measured): string =>
    `  ${name.padEnd(22)} wall ${m.wallSeconds.toFixed(2).padStart(6)}s  cpu ${m.cpuSeconds.toFixed(2).padStart(6)}s  ` +
    `peak RSS ${m.peakRssMb.toFixed(0).padStart(4)} MB` +
    (m === g
      ? ''
      : `  = ${(m.wallSeconds / g.wallSeconds).toFixed(2)}x grep wall, ${(m.cpuSeconds / g.cpuSeconds).toFixed(2)}x grep cpu`)
  const analyzeArgs = [cli, 'karpenter', 'analyze', file, '--format', 'json']
  type Run = { grep: Measured; shipped: Measured; single: Measured; floor: number | null }
  const all: Run[] = []
  let sameReport = true
  for (let i = 0; i < runs; i++) {
    const grep = timed('grep', ['-cE', 'launched|ERROR', file])
    const shipped = timed(process.execPath, analyzeArgs, { ...process.env, EKSCTL_PREFLIGHT_ANALYZE_WORKER: 'on' })
    const single = timed(process.execPath, analyzeArgs, { ...process.env, EKSCTL_PREFLIGHT_ANALYZE_WORKER: 'off' })
    if (shipped.stdout !== single.stdout) sameReport = false
    const floorSeconds = floor ? floorSecondsOf(file) : null
    all.push({ grep, shipped, single, floor: floorSeconds })
    console.log(`[${mix}] run ${i + 1} (load ${load()}):`)
    console.log(row('grep -cE', grep, grep))
    console.log(row('analyzer (worker)', shipped, grep))
    console.log(row('analyzer (one thread)', single, grep))
    if (floorSeconds !== null) {
      console.log(
        `  ${'plain-JS floor'.padEnd(22)} time   ${floorSeconds.toFixed(2).padStart(5)}s  (inside the process)  = ` +
          `${(floorSeconds / grep.wallSeconds).toFixed(2)}x grep wall`
      )
    }
  }
  const report = JSON.parse(all[0]!.shipped.stdout) as {
    lines: { total: number; parsed: number; unparsed: number }
    launches: unknown[]
    launchesOmitted: number
    problems: { cause: string; count: number; confidence: string }[]
    disruptions: unknown[]
  }
  console.log(`[${mix}] grep -cE 'launched|ERROR': ${all[0]!.grep.stdout.trim()} lines`)
  console.log(
    `[${mix}] analyzer: ${report.lines.total} lines (${report.lines.unparsed} unparsed), ` +
      `${report.launches.length + report.launchesOmitted} launches, ${report.disruptions.length} disruptions, problems: ` +
      report.problems.map((p) => `${p.cause}×${p.count}${p.confidence === 'low' ? '(low)' : ''}`).join(' ')
  )
  console.log(`[${mix}] reports of the two analyzer modes identical in every run: ${sameReport ? 'yes' : 'NO'}`)
  const ratios = (pick: (r: Run) => Measured, key: 'wallSeconds' | 'cpuSeconds'): string =>
    all.map((r) => (pick(r)[key] / r.grep[key]).toFixed(2) + 'x').join(', ')
  console.log(
    `[${mix}] per-run analyzer/grep wall: ${ratios((r) => r.shipped, 'wallSeconds')} (one thread: ${ratios((r) => r.single, 'wallSeconds')})`
  )
  console.log(
    `[${mix}] per-run analyzer/grep cpu:  ${ratios((r) => r.shipped, 'cpuSeconds')} (one thread: ${ratios((r) => r.single, 'cpuSeconds')})`
  )
  // The goal compares runs made back to back ("in the same run"): the best such ratio of the analyzer as it runs
  // by default on a file this size with 2+ cores (worker).
  return {
    mix,
    sizeMb: 0,
    bestRatio: Math.min(...all.map((r) => r.shipped.wallSeconds / r.grep.wallSeconds)),
    bestSingleRatio: Math.min(...all.map((r) => r.single.wallSeconds / r.grep.wallSeconds)),
    ratios: ratios((r) => r.shipped, 'wallSeconds'),
    peakRss: Math.max(...all.map((r) => r.shipped.peakRssMb)),
    peakRssSingle: Math.max(...all.map((r) => r.single.peakRssMb)),
    sameReport,
    floorRatio: floor ? Math.min(...all.map((r) => r.floor! / r.grep.wallSeconds)) : null,
    summary: `grep ${Math.min(...all.map((r) => r.grep.wallSeconds)).toFixed(2)}s, analyzer ${Math.min(...all.map((r) => r.shipped.wallSeconds)).toFixed(2)}s`
  }
}

/** Byte classes of the floor's hash: 1 = letter, `_` or `-`; 2 = digit; 0 = anything else. */
const FLOOR_CLASS = new Uint8Array(256)
for (let c = 48; c < 58; c++) FLOOR_CLASS[c] = 2
for (let c = 65; c < 91; c++) FLOOR_CLASS[c] = FLOOR_CLASS[c + 32] = 1
FLOOR_CLASS[95] = FLOOR_CLASS[45] = 1

/** FNV-1a over buf[from, to), each token run of 32+ bytes with 4+ digits, or of 6+ digits only, hashed as one byte. */
function floorHash(buf: Buffer, from: number, to: number): number {
  let h = 0x811c9dc5 | 0
  let i = from
  while (i < to) {
    if (FLOOR_CLASS[buf[i]!] === 0) {
      h = Math.imul(h ^ buf[i++]!, 16777619)
      continue
    }
    let j = i
    let digits = 0
    for (let c = FLOOR_CLASS[buf[j]!]; j < to && c !== 0; c = FLOOR_CLASS[buf[++j]!]) if (c === 2) digits++
    const n = j - i
    if ((n >= 32 && digits >= 4) || (n >= 6 && digits === n)) h = Math.imul(h ^ 0xff, 16777619)
    else for (; i < j; i++) h = Math.imul(h ^ buf[i]!, 16777619)
    i = j
  }
  return h >>> 0
}

/** The floor pass (see the header): prints `lines keyed keys seconds`. Reads 64 KiB at a time; a line may carry over up to 1 MiB. */
function floorRun(file: string): void {
  const t0 = performance.now()
  const fd = openSync(file, 'r')
  const buf = Buffer.allocUnsafe(1024 * 1024)
  const counts = new Map<number, number>()
  let lines = 0
  let keyed = 0
  let kept = 0
  for (;;) {
    // 64 KiB reads: strings of that size stay in the young generation (lines.ts PIECE).
    const n = readSync(fd, buf, kept, Math.min(64 * 1024, buf.length - kept), null) + kept
    if (n === kept) break
    const text = buf.toString('latin1', 0, n)
    let start = 0
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      lines++
      if (text.charCodeAt(start) === 123) {
        // Searches stay within the line (a sliced string: no copy).
        const line = text.slice(start, nl)
        const m = line.indexOf('"message":"')
        if (m !== -1) {
          const me = line.indexOf('"', m + 11)
          const e = line.indexOf('"error":"', me)
          const key =
            floorHash(buf, start + m + 11, start + (me === -1 ? line.length : me)) * 0x100000 +
            (e === -1 ? 0 : floorHash(buf, start + e + 9, start + Math.min(line.length, e + 309)) & 0xfffff)
          counts.set(key, (counts.get(key) ?? 0) + 1)
          keyed++
        }
      }
      start = nl + 1
    }
    kept = start === 0 && n === buf.length ? 0 : n - start // a line over 1 MiB is dropped
    buf.copy(buf, 0, n - kept, n)
  }
  closeSync(fd)
  console.log(`${lines} ${keyed} ${counts.size} ${((performance.now() - t0) / 1000).toFixed(3)}`)
}

function main(): void {
  if (!existsSync('/usr/bin/time')) {
    console.error('needs /usr/bin/time (GNU time): apt-get install -y time')
    process.exit(2)
  }
  const cli = join(repoRoot, 'dist', 'cli.js')
  if (!existsSync(cli) || !existsSync(join(repoRoot, 'dist', 'karpenter-analyze-worker.js'))) {
    execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' })
  }
  const mixes = givenFile ? ['file'] : mixOpt === 'both' ? ['default', 'errors'] : [mixOpt]
  for (const m of mixes) {
    if (m !== 'file' && !MIXES[m]) {
      console.error(`--mix must be default, errors or both, not "${m}"`)
      process.exit(2)
    }
  }
  console.log(`load average before: ${load()} on ${cpus().length} cores`)
  const results: MixResult[] = []
  for (const mix of mixes) {
    const dir = givenFile ? null : mkdtempSync(join(tmpdir(), 'bench-analyze-'))
    try {
      let file: string
      let size: number
      if (dir) {
        file = join(dir, `karpenter-${mix}.log`)
        const t0 = Date.now()
        size = generate(file, sizeMb * 1024 * 1024, MIXES[mix]!)
        console.log(
          `[${mix}] generated ${(size / 1024 / 1024).toFixed(0)} MiB in ${((Date.now() - t0) / 1000).toFixed(1)}s: ${file}`
        )
      } else {
        file = resolve(givenFile!)
        size = statSync(file).size
      }
      execFileSync('cat', [file], { stdio: ['ignore', 'ignore', 'inherit'] }) // warm the page cache for all
      const r = benchFile(mix, file, cli)
      r.sizeMb = size / 1024 / 1024
      results.push(r)
    } finally {
      if (dir) {
        if (keep) console.log(`kept ${dir}`)
        else rmSync(dir, { recursive: true, force: true })
      }
    }
  }
  console.log(`load average after: ${load()} on ${cpus().length} cores`)
  console.log('summary (best same-run wall ratio against grep -cE of the same run; goal <= 5x, peak RSS <= 200 MB):')
  for (const r of results) {
    console.log(
      `  ${r.mix.padEnd(8)} ${r.sizeMb.toFixed(0)} MiB: worker ${r.bestRatio.toFixed(2)}x (${r.ratios}) ${r.bestRatio <= 5 ? 'met' : 'MISSED'}, ` +
        `one thread ${r.bestSingleRatio.toFixed(2)}x; peak RSS worker ${r.peakRss.toFixed(0)} MB, one thread ` +
        `${r.peakRssSingle.toFixed(0)} MB ${Math.max(r.peakRss, r.peakRssSingle) <= 200 ? 'met' : 'MISSED'}; ${r.summary}; ` +
        `same report both modes: ${r.sameReport ? 'yes' : 'NO'}` +
        (r.floorRatio === null ? '' : `; plain-JS floor ${r.floorRatio.toFixed(2)}x`)
    )
  }
  if (results.some((r) => !r.sameReport)) process.exitCode = 1
}

if (argv[0] === '--floor-run') floorRun(argv[1]!)
else main()
