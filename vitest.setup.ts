// React's act() warnings are silenced only where the environment opts in, as the test renderer expects.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
