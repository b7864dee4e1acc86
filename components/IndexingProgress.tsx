import { useEffect, useState } from 'react';
import { memoryIndexingItem } from '@/utils/settings';

type Progress = Awaited<ReturnType<typeof memoryIndexingItem.getValue>>;

/** Shown while memory is being embedded again (a new embedder, a large import). */
export function IndexingProgress() {
  const [progress, setProgress] = useState<Progress>(null);
  useEffect(() => {
    void memoryIndexingItem.getValue().then(setProgress);
    return memoryIndexingItem.watch(setProgress);
  }, []);
  if (!progress) return null;
  return (
    <div className="notice" role="status">
      <label htmlFor="indexing">Embedding correction memory</label>
      <progress id="indexing" max={progress.total} value={progress.done} />
      <span className="muted">
        {' '}
        {progress.done.toLocaleString()} of {progress.total.toLocaleString()}
      </span>
    </div>
  );
}
