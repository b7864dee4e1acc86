import { useEffect, useState } from 'react';
import { storageProblemItem } from '@/utils/settings/settings';

/** Storage trouble (a full disk, a blocked upgrade), shown until a write succeeds again. */
export function StorageProblem() {
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    void storageProblemItem.getValue().then(setProblem);
    return storageProblemItem.watch(setProblem);
  }, []);
  return problem ? (
    <p className="notice error" role="alert">
      {problem}
    </p>
  ) : null;
}
