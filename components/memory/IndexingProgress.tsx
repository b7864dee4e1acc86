import { i18n } from '@/utils/i18n';
import { useEffect, useState } from 'react';
import { memoryIndexingItem } from '@/utils/settings/settings';

type Progress = Awaited<ReturnType<typeof memoryIndexingItem.getValue>>;

/**
 * How much of correction memory drafts can search while it is being embedded
 * (a new embedder, an import without vectors), and why indexing stopped or
 * memory is nearly full. Shown in the side panel and in options.
 */
export function IndexingProgress() {
  const [progress, setProgress] = useState<Progress>(null);
  useEffect(() => {
    void memoryIndexingItem.getValue().then(setProgress);
    return memoryIndexingItem.watch(setProgress);
  }, []);
  if (!progress) return null;
  const indexing = progress.done < progress.total;
  const share = progress.total === 0 ? 100 : Math.floor((progress.done / progress.total) * 100);
  return (
    <div className={progress.problem ? 'notice error' : 'notice'} role="status">
      {indexing && (
        <>
          <label htmlFor="indexing">{i18n.t('indexing.label', { share })}</label> <progress id="indexing" max={progress.total} value={progress.done} />
          <span className="muted"> {i18n.t('indexing.progress', { done: progress.done.toLocaleString(), total: progress.total.toLocaleString() })}</span>
        </>
      )}
      {progress.problem && <p>{progress.problem}</p>}
    </div>
  );
}
