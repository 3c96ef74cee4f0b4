// The Go scanner of scripts/build-eksctl-inventory.ts: the shapes eksctl builds its errors with.
import { describe, expect, it } from 'vitest'
import { findErrorTexts } from '../scripts/go-errors.js'

const src =
  `package v1alpha5

// errors.New("in a comment")
var ErrClusterEndpointNoAccess = errors.New("Kubernetes API access must have one of public or private clusterEndpoints enabled")

func (c *ClusterConfig) ValidateVPCConfig() error {
	if x := map[string]interface{}{}; len(x) > 0 {
		return fmt.Errorf("invalid value %q for vpc.hostnameType; supported values are %v", c.VPC.HostnameType, x)
	}
	msg := "only one of %s or %s should be set"
	if a {
		return fmt.Errorf(msg, "availabilityZones")
	}
	return errors.Wrapf(err, "identityProviders[%d] is invalid", i)
}

func validateAddon() error {
	makeAddonErr := func(s string) error { return fmt.Errorf("invalid addon: %s", s) }
	logger.Warning("SSM is now enabled by default; ` +
  '`ssh.enableSSM`' +
  ` is deprecated")
	return makeAddonErr("tags is not supported for addon.podIdentityAssociations" +
		" (see docs)")
}
`

describe('findErrorTexts', () => {
  const found = findErrorTexts(src)
  const by = (format: string) => found.find((f) => f.format === format)

  it('finds errors with their function, kind and line', () => {
    expect(by('Kubernetes API access must have one of public or private clusterEndpoints enabled')).toMatchObject({
      kind: 'error',
      function: '(package)',
      line: 4
    })
    expect(by('invalid value %q for vpc.hostnameType; supported values are %v')).toMatchObject({
      function: 'ClusterConfig.ValidateVPCConfig',
      line: 8
    })
    expect(by('in a comment')).toBeUndefined()
  })

  it('resolves a format bound to a literal, marks errors.Wrap, and reads helpers and warnings', () => {
    expect(by('only one of %s or %s should be set')).toMatchObject({ function: 'ClusterConfig.ValidateVPCConfig' })
    expect(by('identityProviders[%d] is invalid')).toMatchObject({ wrap: true })
    expect(by('SSM is now enabled by default; `ssh.enableSSM` is deprecated')).toMatchObject({ kind: 'warning' })
    expect(by('tags is not supported for addon.podIdentityAssociations (see docs)')).toMatchObject({
      kind: 'part',
      via: 'makeAddonErr',
      function: 'validateAddon'
    })
    expect(by('invalid addon: %s')).toMatchObject({ kind: 'error', function: 'validateAddon' })
  })
})
