// A care charter is agreed by version: when a community raises its charter_version,
// members who agreed to an older one are asked to read it again.

export const hasAgreed = (agreedVersion: number | null, charterVersion: number) =>
	agreedVersion !== null && agreedVersion >= charterVersion;

/** Asked again only when they agreed before; someone who never agreed is still on the welcome steps. */
export const charterChanged = (agreedVersion: number | null, charterVersions: number[]) =>
	agreedVersion !== null && charterVersions.some((version) => version > agreedVersion);
