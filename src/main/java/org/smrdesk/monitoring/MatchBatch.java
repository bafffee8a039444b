package org.smrdesk.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A throwaway in-memory Lucene index of a batch of mentions, which each query runs over
 * once ({@link QueryMatcher#match}).
 */
final class MatchBatch implements AutoCloseable {

	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	MatchBatch(List<QueryMatcher.Doc> docs) {
		try (IndexWriter writer = new IndexWriter(this.directory,
				new IndexWriterConfig(QueryMatcher.ANALYZER).setRAMBufferSizeMB(64))) {
			for (QueryMatcher.Doc doc : docs) {
				Document document = new Document();
				String title = (doc.title() != null) ? doc.title() : "";
				document.add(new TextField("title", title, Field.Store.NO));
				document.add(new TextField(QueryMatcher.CONTENT, title + "\n" + doc.text(), Field.Store.NO));
				document.add(new TextField("author", (doc.author() != null) ? doc.author() : "", Field.Store.NO));
				for (String site : QueryMatcher.sites(doc.site())) {
					document.add(new TextField("site", site, Field.Store.NO));
				}
				writer.addDocument(document);
			}
			writer.forceMerge(1);
			writer.commit();
			this.reader = DirectoryReader.open(this.directory);
			this.searcher = new IndexSearcher(this.reader);
			this.searcher.setQueryCache(null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	BitSet matching(Query query) {
		BitSet hits = new BitSet();
		try {
			Query rewritten = this.searcher.rewrite(query);
			Weight weight = this.searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
			for (LeafReaderContext leaf : this.reader.leaves()) {
				Scorer scorer = weight.scorer(leaf);
				if (scorer == null) {
					continue;
				}
				DocIdSetIterator it = scorer.iterator();
				for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
					hits.set(leaf.docBase + doc);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return hits;
	}

	@Override
	public void close() {
		try {
			this.reader.close();
			this.directory.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
