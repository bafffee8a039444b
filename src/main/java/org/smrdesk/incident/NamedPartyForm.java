package org.smrdesk.incident;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A named outside party to add to an incident: its kind and name, or a contact
 * ({@code c<id>}) or vendor ({@code v<id>}) of the directory chosen with the type-ahead.
 */
public class NamedPartyForm {

	@NotNull
	private OutsideParty kind;

	@Size(max = 200)
	private String name;

	private String directory;

	@Size(max = 200)
	private String directoryName;

	public OutsideParty getKind() {
		return this.kind;
	}

	public void setKind(OutsideParty kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDirectory() {
		return this.directory;
	}

	public void setDirectory(String directory) {
		this.directory = directory;
	}

	public String getDirectoryName() {
		return this.directoryName;
	}

	public void setDirectoryName(String directoryName) {
		this.directoryName = directoryName;
	}

}
