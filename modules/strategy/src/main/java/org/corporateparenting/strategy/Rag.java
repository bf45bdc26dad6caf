package org.corporateparenting.strategy;

/** Red, amber or green: how an action's progress compares with what its dates lead one to expect. */
public enum Rag {
	GREEN, AMBER, RED
}
