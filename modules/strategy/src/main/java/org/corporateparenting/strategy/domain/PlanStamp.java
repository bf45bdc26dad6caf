package org.corporateparenting.strategy.domain;

/**
 * What a plan's actions are at, in one row: how many, the sum of their ids and the sum of their versions. Actions are
 * never deleted and every change to one raises its version, so each figure only goes up and any change to the plan's
 * actions (one added, one changed, one moved in or out) gives another stamp.
 */
public record PlanStamp(long actions, long idSum, long versionSum) {
}
