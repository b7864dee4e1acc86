import { useEffect, useState } from 'react';
import { categoryNameById, type Taxonomy } from '@/utils/autonomy/categories';
import { loadTaxonomy, taxonomyItem } from '@/utils/settings/settings';

/**
 * A category id's name as the agent reads it (a shipped category in their language, a team's own
 * as the team named it), kept current when options or a team file change the taxonomy.
 */
export function useCategoryName(): (id: string) => string {
  const [taxonomy, setTaxonomy] = useState<Taxonomy>([]);
  useEffect(() => {
    void loadTaxonomy().then(setTaxonomy);
    return taxonomyItem.watch(() => void loadTaxonomy().then(setTaxonomy));
  }, []);
  return (id) => categoryNameById(taxonomy, id);
}
