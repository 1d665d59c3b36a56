-- Documents are private: a document's file is read through the authenticated route
-- /orders/<orderId>/documents/<documentId>/file, never through a public object URL.
update documents set file_url = '/orders/' || related_id || '/documents/' || id || '/file';
