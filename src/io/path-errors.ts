// Why a path cannot be used, in Dutch, for reading or for writing: one table for every command.

const PROBLEMS: Record<string, { lezen: string; schrijven: string }> = {
  ENOENT: { lezen: 'bestand niet gevonden', schrijven: 'de map bestaat niet' },
  EISDIR: { lezen: 'dit is een map, geen bestand', schrijven: 'dit is een map: geef een bestandsnaam' },
  EACCES: { lezen: 'geen leesrechten', schrijven: 'geen schrijfrechten' },
  EPERM: { lezen: 'geen leesrechten', schrijven: 'geen schrijfrechten' },
  EROFS: { lezen: 'geen leesrechten', schrijven: 'geen schrijfrechten' },
  ENOTDIR: { lezen: 'een deel van het pad is geen map', schrijven: 'een deel van het pad is geen map' },
  ENAMETOOLONG: { lezen: 'de naam is te lang', schrijven: 'de naam is te lang' },
  ELOOP: { lezen: 'het pad verwijst in een kring naar zichzelf (symbolische koppelingen)', schrijven: 'het pad verwijst in een kring naar zichzelf' },
  ENOSPC: { lezen: 'de schijf is vol', schrijven: 'de schijf is vol; er is niets (half) geschreven' },
  EDQUOT: { lezen: 'de schijf is vol', schrijven: 'de schijf is vol; er is niets (half) geschreven' },
};

/** The Dutch reason for an error of the file system; undefined for an error that is not about the path. */
export function pathProblem(error: unknown, use: 'lezen' | 'schrijven' = 'lezen'): string | undefined {
  const code = (error as { code?: string } | null)?.code;
  // ENOSPC and EROFS are no reason a file cannot be read.
  if (use === 'lezen' && (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EROFS')) return undefined;
  return code ? PROBLEMS[code]?.[use] : undefined;
}
