import { useEffect } from 'react';
import { usePanelStore } from '../../state/panelStore';
import { useSelectionStore } from '../../state/selectionStore';
import { useIsPhone } from '../common/useMediaQuery';

/** On a phone the picked part's card lives in the Anatomy section, so picking a part opens that section. */
export function usePhoneCardFollowsSelection() {
  const isPhone = useIsPhone();
  useEffect(() => {
    if (!isPhone) return;
    return useSelectionStore.subscribe((s, prev) => {
      if (s.selected !== null && s.selected !== prev.selected) usePanelStore.getState().setTab('anatomy');
    });
  }, [isPhone]);
}
