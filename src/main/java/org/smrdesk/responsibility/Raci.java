package org.smrdesk.responsibility;

/**
 * A cell of the matrix: Responsible, Accountable, Consulted or Informed.
 */
public enum Raci {

	R, A, C, I;

	/**
	 * Whether the department does or owns the work (R or A).
	 * @return true for R and A
	 */
	public boolean isEngaged() {
		return this == R || this == A;
	}

}
