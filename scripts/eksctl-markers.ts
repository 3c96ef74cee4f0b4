// Code markers of the eksctl inventory (scripts/build-eksctl-inventory.ts): eksctl behaviours that have no error text
// of their own to look up (a check reached through a generic helper such as setNonEmpty, a default applied before
// validation, an exemption, an accepted value). Each is a pattern over named Go files; the generator records, per
// marker, the releases whose source holds it, and a rule asks `ctx.marker(name)` instead of typing a release.
//
// To add one: name it after the behaviour (what is true of eksctl while the pattern is present), list the files
// (a path, or a folder ending in `/`; a file outside the inventory scope is read for markers only), write the
// narrowest pattern that holds exactly while the behaviour exists, add a one-line comment, run
// `npm run inventory:build -- --from <eksctl git dir>`, and check the derived range in the JSON against the commit
// that changed the behaviour (`git log -S'<pattern text>'`). __tests__/rules-markers.test.ts checks every marker is
// present in some release and changes at least once.

export interface MarkerSpec {
  /** Go files the pattern is looked for in: exact paths, or folders ending in `/` (non-test files only). */
  files: readonly string[]
  /** Found anywhere in one of the files' text (use `[^{]*` and similar to span lines). */
  pattern: RegExp
}

const V = 'pkg/apis/eksctl.io/v1alpha5/'
const VALIDATION = V + 'validation.go'
const CONFIGFILE = 'pkg/ctl/cmdutils/configfile.go'

export const MARKER_SPECS: Record<string, MarkerSpec> = {
  // hybrid nodes: remoteNetworkConfig.vpcGatewayID is required (on a new VPC) through setNonEmpty
  remoteNetworkVpcGatewayRequired: {
    files: [VALIDATION],
    pattern: /setNonEmpty\("remoteNetworkConfig\.vpcGatewayID"\)/
  },
  // hybrid nodes: explicitly empty remoteNodeNetworks and remotePodNetworks are accepted (they clear remote networks)
  remoteNetworksBothEmptyAccepted: {
    files: [VALIDATION],
    pattern: /rnc\.RemotePodNetworks != nil && len\(rnc\.RemotePodNetworks\) == 0/
  },
  // hybrid nodes on an Outposts control plane need remotePodNetworks (not remoteNodeNetworks)
  remoteNetworkOutpostsNeedPodNetworks: {
    files: [VALIDATION],
    pattern: /setNonEmpty\("remoteNetworkConfig\.remotePodNetworks"\)/
  },
  // IPv6: the core-addon and credential checks are skipped when Auto Mode is enabled
  ipv6AddonChecksExemptAutoMode: {
    files: [VALIDATION],
    pattern: /case strings\.ToLower\(IPV6Family\):\s*if !c\.IsAutoModeEnabled\(\)/
  },
  // IPv6: coredns is the only addon that must be listed (vpc-cni and kube-proxy no longer required)
  ipv6RequiresOnlyCoreDNS: {
    files: [VALIDATION],
    pattern: /addonContainsManagedAddons\(\[\]string\{CoreDNSAddon\}\)/
  },
  // IPv6: the pod identity / OIDC credential checks apply only when the vpc-cni addon is listed
  ipv6CredentialChecksNeedVpcCni: {
    files: [VALIDATION],
    pattern: /vpcCNIAddonEntry := c\.getAddon\(VPCCNIAddon\); vpcCNIAddonEntry != nil/
  },
  // Auto Mode: autoModeConfig.permissionsBoundaryARN is read and validated
  autoModePermissionsBoundary: {
    files: [V + 'auto_mode.go'],
    pattern: /PermissionsBoundaryARN\.IsZero\(\)/
  },
  // Auto Mode on create: default networking addons are allowed when Fargate profiles or hybrid nodes need them
  autoModeAddonsAllowedForFargateOrHybrid: {
    files: [CONFIGFILE],
    pattern: /len\(clusterConfig\.FargateProfiles\) == 0 && clusterConfig\.RemoteNetworkConfig == nil/
  },
  // Auto Mode on create: pod identity associations do not need the eks-pod-identity-agent addon
  podIdentityAgentExemptAutoMode: {
    files: [CONFIGFILE],
    pattern: /!clusterConfig\.IsAutoModeEnabled\(\) && !slices\.ContainsFunc\(clusterConfig\.Addons/
  },
  // create: addon pod identity settings (autoApply, useDefaultPodIdentityAssociations, addon associations) also
  // require the eks-pod-identity-agent addon, not only iam.podIdentityAssociations
  podIdentityAgentRequiredForAddonAssociations: {
    files: [CONFIGFILE],
    pattern: /AutoApplyPodIdentityAssociations \|\| addon\.UseDefaultPodIdentityAssociations/
  },
  // access entries accept type HYBRID_LINUX
  accessEntryTypeHybridLinux: {
    files: [V + 'access_entry.go'],
    pattern: /case [^\n]*AccessEntryTypeHybridLinux[^\n]*:/
  },
  // access entries accept type EC2 (Auto Mode nodes), with groups and policies like STANDARD
  accessEntryTypeEC2: {
    files: [V + 'access_entry.go'],
    pattern: /case "", AccessEntryTypeStandard, AccessEntryTypeEC2:/
  },
  // addons: namespaceConfig.namespace is validated as a Kubernetes namespace name
  addonNamespaceValidated: {
    files: [V + 'addon.go'],
    pattern: /validateKubernetesNamespaceName\(a\.NamespaceConfig\.Namespace\)/
  },
  // logging: enableTypes that is exactly [all] or [*] is expanded to every log type before validation
  logTypesLoneWildcardExpanded: {
    files: [V + 'defaults.go'],
    pattern: /case "all", "\*":/
  },
  // logging: enableTypes holding `all` or `*` anywhere is expanded to every log type before validation
  logTypesAnyWildcardExpanded: {
    files: [V + 'defaults.go'],
    pattern: /ContainsWildcardCloudWatchLogging\(\)/
  },
  // unmanaged nodegroups with a custom AMI: the overrideBootstrapCommand requirement is not applied to Bottlerocket
  unmanagedCustomAmiBottlerocketExempt: {
    files: [VALIDATION],
    pattern: /ng\.AMI != "" && ng\.OverrideBootstrapCommand == nil &&[^{]*Bottlerocket/
  },
  // unmanaged nodegroups with a custom AMI: the overrideBootstrapCommand requirement is not applied to Windows
  unmanagedCustomAmiWindowsExempt: {
    files: [VALIDATION],
    pattern: /ng\.AMI != "" && ng\.OverrideBootstrapCommand == nil &&[^{]*IsWindowsImage/
  },
  // custom AMIs: AmazonLinux2023 needs no overrideBootstrapCommand (nodeadm)
  customAmiAmazonLinux2023NoOverride: {
    files: [VALIDATION],
    pattern: /OverrideBootstrapCommand == nil &&[^{]*NodeImageFamilyAmazonLinux2023/
  },
  // managed nodegroups with a launch template: ssh.enableSSM is one of the fields that conflict with it
  launchTemplateConflictsEnableSsm: {
    files: [VALIDATION],
    pattern: /"ssh\.allow", "ssh\.enableSSM"/
  },
  // managed nodegroups: overrideBootstrapCommand without a custom AMI is accepted for AmazonLinux2023
  managedOverrideWithoutAmiAmazonLinux2023: {
    files: [VALIDATION],
    pattern: /case ng\.OverrideBootstrapCommand != nil && ng\.AMIFamily != NodeImageFamilyAmazonLinux2023:/
  },
  // managed nodegroups: volumeSize is defaulted before validation unless a launch template is given
  managedVolumeSizeDefaulted: {
    files: [V + 'defaults.go'],
    pattern: /ng\.VolumeSize == nil && template == nil/
  },
  // eksctl's own list of spot allocation strategies holds capacity-optimized-prioritized
  spotStrategyCapacityOptimizedPrioritized: {
    files: [V + 'types.go'],
    pattern: /^\s*SpotAllocationStrategyCapacityOptimizedPrioritized,$/m
  },
  // unmanaged nodegroups: cluster tags are copied to the ASG when propagateASGTags is set (before: when
  // desiredCapacity is 0), and the ASG tag limit counts them
  asgTagCopyFollowsPropagateASGTags: {
    files: ['pkg/cfn/builder/nodegroup.go'],
    pattern: /IsEnabled\((?:n\.spec|ng)\.PropagateASGTags\)/
  },
  // Inferentia and Trainium instance types come from the generated instance-type table (not a name prefix)
  neuronTypesFromInstanceTable: {
    files: ['pkg/utils/instance/instance.go'],
    pattern: /InstanceTypesMap\[instanceType\][^}]*NeuronDeviceType == "Inferentia"/
  },
  // Inferentia and Trainium instance types are accepted on AmazonLinux2023
  neuronSupportsAmazonLinux2023: {
    files: [VALIDATION],
    pattern:
      /ng\.AMIFamily != NodeImageFamilyAmazonLinux2023 &&(?:\s*(?:ng\.AMIFamily != NodeImageFamilyBottlerocket|!IsBottlerocketImage\(ng\.AMIFamily\)) &&)?\s*ng\.AMIFamily != ""\s*\{\s*\/\/[^\n]*\n\s*if instanceutils\.IsInferentiaInstanceType/
  },
  // Inferentia and Trainium instance types are accepted on Bottlerocket
  neuronSupportsBottlerocket: {
    files: [VALIDATION],
    pattern:
      /(?:ng\.AMIFamily != NodeImageFamilyBottlerocket|!IsBottlerocketImage\(ng\.AMIFamily\)) &&\s*ng\.AMIFamily != ""\s*\{\s*\/\/[^\n]*\n\s*if instanceutils\.IsInferentiaInstanceType/
  },
  // AmazonLinux2023 is not warned about missing GPU drivers (its accelerated AMIs exist)
  gpuDriversWarningExemptsAmazonLinux2023: {
    files: [VALIDATION],
    pattern:
      /ng\.AMIFamily != NodeImageFamilyAmazonLinux2023 &&\s*ng\.AMIFamily != NodeImageFamilyAmazonLinux2 &&\s*(?:ng\.AMIFamily != NodeImageFamilyBottlerocket|!IsBottlerocketImage\(ng\.AMIFamily\)) &&\s*ng\.AMIFamily != ""\s*\{\s*if instanceutils\.IsNvidiaInstanceType/
  },
  // ipFamily is compared case-insensitively (KubernetesNetworkConfig.IPv6Enabled uses EqualFold)
  ipFamilyCaseInsensitive: {
    files: [V + 'types.go'],
    pattern: /strings\.EqualFold\(k\.IPFamily, IPV6Family\)/
  }
}
