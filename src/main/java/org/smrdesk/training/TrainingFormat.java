package org.smrdesk.training;

/**
 * How a training is given.
 */
public enum TrainingFormat {

	WORKSHOP, WEBINAR, E_LEARNING, SIMULATION

}
