/**
 * Whether a process with this id is running: a lock or a folder left by a killed process
 * belongs to no one. A process of another user answers EPERM, and is running.
 */
export function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
