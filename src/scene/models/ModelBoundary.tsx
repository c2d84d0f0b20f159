import { Component, type ReactNode } from 'react';
import { useSceneStatus } from '../../state/sceneStatusStore';
import { forgetModel } from './useModel';

interface Props {
  /** What the model is, in words people understand. */
  label: string;
  url: string;
  children: ReactNode;
}

interface State {
  failed: boolean;
}

/**
 * Catches a model that fails to load inside the canvas, so the rest of the scene and the whole overlay keep
 * working. It reports the failure through the scene status store and offers a retry there.
 */
export class ModelBoundary extends Component<Props, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: Error) {
    const { label, url } = this.props;
    console.warn(`Lumbar Lab: could not load ${url}`, error);
    useSceneStatus.getState().reportModelFailure(`The ${label} (${url}) could not be loaded.`, () => {
      forgetModel(url);
      this.setState({ failed: false });
    });
  }

  render() {
    return this.state.failed ? null : this.props.children;
  }
}
