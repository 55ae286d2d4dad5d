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
  EIO: { lezen: 'leesfout van het apparaat', schrijven: 'schrijffout van het apparaat; er is niets (half) geschreven' },
  EFBIG: { lezen: 'het bestand is te groot voor dit bestandssysteem', schrijven: 'het bestand wordt te groot voor dit bestandssysteem; er is niets (half) geschreven' },
  EMFILE: { lezen: 'te veel open bestanden op deze machine', schrijven: 'te veel open bestanden op deze machine' },
  ENFILE: { lezen: 'te veel open bestanden op deze machine', schrijven: 'te veel open bestanden op deze machine' },
};

/** Errors of the machine rather than of the path chosen: another path would not help (exit 4). */
const MACHINE = new Set(['ENOSPC', 'EDQUOT', 'EIO', 'EFBIG', 'ENOMEM', 'EMFILE', 'ENFILE']);

/** Whether the file system failed (a full disk, a failing device) rather than the path being wrong. */
export const isMachineProblem = (error: unknown) => MACHINE.has((error as { code?: string } | null)?.code ?? '');

/** The Dutch reason for an error of the file system; undefined for an error that is not about the path. */
export function pathProblem(error: unknown, use: 'lezen' | 'schrijven' = 'lezen'): string | undefined {
  const code = (error as { code?: string } | null)?.code;
  // ENOSPC and EROFS are no reason a file cannot be read.
  if (use === 'lezen' && (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EROFS')) return undefined;
  return code ? PROBLEMS[code]?.[use] : undefined;
}
